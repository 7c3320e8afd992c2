import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoupeHost } from '../../../electron/hosts/create-host';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { startWebServer, type WebServer } from '../../../electron/hosts/web-server';
import { tempDir } from '../../support/temp-dir';

let server: WebServer | undefined;
let host: LoupeHost | undefined;

afterEach(async () => {
  await server?.close();
  await host?.close();
  server = undefined;
  host = undefined;
});

async function start() {
  const root = await tempDir();
  const rendererDir = path.join(root, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(
    path.join(rendererDir, 'index.html'),
    '<html><head><title>t</title></head><body></body></html>',
  );
  await fs.writeFile(path.join(root, 'secret.txt'), 'outside the bundle');
  // A link inside the served folder to a file outside it must not become a way out.
  await fs.symlink(path.join(root, 'secret.txt'), path.join(rendererDir, 'linked.txt'));
  host = await createLoupeHost({
    stateDir: path.join(root, 'state'),
    workspaceDir: path.join(root, 'ws'),
    sampleCorpusDir: path.join(root, 'no-corpus'),
    canPickFolders: false,
    app: 'test',
  });
  server = await startWebServer({ host, rendererDir });
  return server;
}

/** Raw requests, so that headers a browser would refuse to forge (Host) can be sent. */
function request(
  s: WebServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: s.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += String(c)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(s: WebServer, channel: string, arg: unknown, token = s.token) {
  return request(s, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Loupe-Token': token },
    body: JSON.stringify(arg),
  });
}

describe('web host', () => {
  it('serves the page with the per-launch token and a strict CSP', async () => {
    const s = await start();
    const page = await fetch(s.url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain(`<meta name="loupe-token" content="${s.token}">`);
  });

  it('refuses the page to a caller without the token, and sets a cookie for one with it', async () => {
    const s = await start();
    const bare = await request(s, { path: '/' });
    expect(bare.status).toBe(401);
    expect(bare.body).not.toContain(s.token);
    const withToken = await fetch(s.url);
    expect(withToken.headers.get('set-cookie')).toMatch(/loupe_token=[0-9a-f]+; HttpOnly; SameSite=Strict/);
    const byCookie = await request(s, { path: '/', headers: { Cookie: `loupe_token=${s.token}` } });
    expect(byCookie.status).toBe(200);
    expect((await request(s, { path: '/%' })).status).toBe(400);
  });

  it.each([
    ['no token', ''],
    ['a wrong token', 'f'.repeat(48)],
  ])('refuses API calls with %s', async (_label, token) => {
    const s = await start();
    const response = await api(s, 'corpus.list', {}, token);
    expect(response.status).toBe(401);
  });

  it('answers a valid call with data and an invalid argument with a failure Result', async () => {
    const s = await start();
    const list = await api(s, 'corpus.list', {});
    expect(JSON.parse(list.body)).toEqual({ ok: true, value: [] });
    const bad = JSON.parse((await api(s, 'corpus.get', { id: '../../etc/passwd' })).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid-argument');
    const unknown = await api(s, 'corpus.deleteEverything', {});
    expect(unknown.status).toBe(404);
  });

  it.each([
    ['a foreign Host header (DNS rebinding)', { Host: 'evil.example:80' }, 421],
    ['a cross-origin POST', { Origin: 'http://evil.example' }, 403],
  ])('refuses %s', async (_label, headers, status) => {
    const s = await start();
    const response = await request(s, {
      method: 'POST',
      path: '/api/corpus.list',
      headers: { 'Content-Type': 'application/json', 'X-Loupe-Token': s.token, ...headers },
      body: '{}',
    });
    expect(response.status).toBe(status);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00/../secret.txt',
    '//../secret.txt',
    '/linked.txt',
  ])('does not serve %s', async (p) => {
    const s = await start();
    const response = await request(s, { path: p });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the bundle');
  });

  it('imports an upload and streams the change as an event', async () => {
    const s = await start();
    const events: string[] = [];
    const stream = await fetch(`http://127.0.0.1:${s.port}/api/events?token=${s.token}`);
    const reader = stream.body!.getReader();
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        events.push(new TextDecoder().decode(value));
        if (events.join('').includes('corpus.changed')) return;
      }
    })();
    const text =
      'Chip pact signed\n\nTokyo and Brussels signed a pact on chips and materials on Monday morning.';
    const response = await api(s, 'corpus.importFiles', {
      files: [{ name: 'pact.txt', data: Buffer.from(text).toString('base64') }],
    });
    const report = JSON.parse(response.body);
    expect(report.ok).toBe(true);
    expect(report.value.imported).toBe(1);
    await reading;
    await reader.cancel();
    expect(events.join('')).toContain('"type":"corpus.changed"');
  });
});
