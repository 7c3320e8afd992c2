import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { CHANNEL_PREFIX } from '../../shared/contract/channels';
import { dispatch } from '../../shared/contract/dispatch';
import type { LoupeHost } from './host-types';
import { securityHeaders } from './security/csp';
import { readJsonBody, sendJson, staticContentType } from './http-util';

export interface WebServerOptions {
  host: LoupeHost;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 or absent: a free port. */
  port?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The web host: the same contract over HTTP on 127.0.0.1. A random per-launch token guards
 * the page and the API (another local user or a web page cannot call it without the URL
 * that `loupe serve` printed), and the Host header is checked
 * so that DNS rebinding cannot reach it either.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('hex');
  const server = http.createServer();
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname === '/api/events') return serveEvents(req, res, url);
    if (url.pathname.startsWith('/api/')) return serveApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') return servePage(req, res, url);
    return serveStatic(res, url.pathname);
  }

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, failure('method', 'Use POST.'));
    if (!tokenMatches(req.headers['x-loupe-token'], token))
      return sendJson(res, 401, failure('unauthorized', 'Bad token.'));
    const origin = req.headers.origin;
    if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendJson(res, 403, failure('forbidden', 'Cross-origin call refused.'));
    }
    const body = await readJsonBody(req);
    if (!body.ok) return sendJson(res, body.status, failure('bad-request', body.message));
    const result = await dispatch(options.host.api, `${CHANNEL_PREFIX}${name}`, body.value);
    const status = !result.ok && result.error.code === 'unknown-channel' ? 404 : 200;
    return sendJson(res, status, result);
  }

  function serveEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) {
      sendJson(res, 401, failure('unauthorized', 'Bad token.'));
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const off = options.host.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    // Proxies and browsers drop idle streams; a comment line every 25 s keeps it open.
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(ping);
      off();
    });
  }

  /**
   * The page carries the API token, so it is given only to whoever knows the token: the URL
   * that `loupe serve` prints, or the cookie that URL set. The scripts and styles need none.
   */
  async function servePage(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const fromQuery = url.searchParams.get('token') ?? undefined;
    const fromCookie = /(?:^|;\s*)loupe_token=([0-9a-f]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!tokenMatches(fromQuery, token) && !tokenMatches(fromCookie, token)) {
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Open the address printed by "loupe serve": it carries the access token.\n');
      return;
    }
    if (fromQuery) res.setHeader('Set-Cookie', `loupe_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
    return serveStatic(res, '/index.html');
  }

  async function serveStatic(res: http.ServerResponse, pathname: string): Promise<void> {
    const root = path.resolve(options.rendererDir);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad path');
      return;
    }
    const file = path.resolve(root, `.${relative}`);
    if (relative.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer;
    try {
      // Links are followed only within the bundle: a link to a file outside it is not served.
      const real = await fs.realpath(file);
      const realRoot = await fs.realpath(root);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) throw new Error('outside the bundle');
      body = await fs.readFile(real);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    if (path.basename(file) === 'index.html') {
      const meta = `<meta name="loupe-token" content="${token}">`;
      body = Buffer.from(body.toString('utf8').replace('</head>', `${meta}\n</head>`));
    }
    res.writeHead(200, { 'Content-Type': staticContentType(file), 'Cache-Control': 'no-store' });
    res.end(body);
  }

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function failure(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}
