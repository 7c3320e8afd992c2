import { describe, expect, it, vi } from 'vitest';
import type { LoupeEvent } from '../../../shared/domain/workspace';
import { createHttpTransport } from '../../../renderer/src/transport/http-transport';

const baseUrl = 'http://127.0.0.1:4321/';

function transportWith(fetch: typeof globalThis.fetch) {
  return createHttpTransport({ token: 't0k3n', baseUrl, fetch });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('HTTP transport', () => {
  it('posts the argument as JSON to /api/<channel without prefix> with the token header', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true, value: [] }));
    const result = await transportWith(fetch).invoke('loupe:corpus.list', {});
    expect(result).toEqual({ ok: true, value: [] });
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:4321/api/corpus.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Loupe-Token': 't0k3n' },
      body: '{}',
    });
  });

  it('passes an expected failure through as the Result the host sent', async () => {
    const failure = { ok: false, error: { code: 'not-found', message: 'No such document' } };
    const result = await transportWith(async () => json(200, failure)).invoke('loupe:corpus.get', {
      id: 'ab12',
    });
    expect(result).toEqual(failure);
  });

  it.each([
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), 'Failed to fetch'],
    [
      'a refused token',
      async () => json(401, { ok: false, error: { code: 'unauthorized', message: 'Bad token.' } }),
      'HTTP 401 (Bad token.)',
    ],
    [
      'a server error without JSON',
      async () => new Response('boom', { status: 500, statusText: 'Internal' }),
      'HTTP 500',
    ],
    ['a 200 that is not JSON', async () => new Response('<html>', { status: 200 }), 'not JSON'],
  ])('turns %s into a transport failure', async (_case, fetch, expected) => {
    const result = (await transportWith(fetch as typeof globalThis.fetch).invoke(
      'loupe:corpus.list',
      {},
    )) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('transport');
    expect(result.error.message).toContain(expected);
  });

  it('opens one EventSource with the token, parses events, and closes it with the last listener', () => {
    const sources: FakeEventSource[] = [];
    class FakeEventSource {
      onmessage: ((message: MessageEvent<string>) => void) | null = null;
      closed = false;
      constructor(readonly url: string) {
        sources.push(this);
      }
      close() {
        this.closed = true;
      }
    }
    const transport = createHttpTransport({
      token: 'a b',
      baseUrl: 'http://127.0.0.1:4321/app/',
      fetch: vi.fn(),
      EventSource: FakeEventSource as unknown as typeof EventSource,
    });
    const seen: LoupeEvent[] = [];
    const offA = transport.onEvent((event) => seen.push(event));
    const offB = transport.onEvent(() => {});
    expect(sources).toHaveLength(1);
    expect(sources[0]!.url).toBe('http://127.0.0.1:4321/app/api/events?token=a+b');

    const event: LoupeEvent = { type: 'corpus.changed', documentCount: 3 };
    sources[0]!.onmessage?.({ data: JSON.stringify(event) } as MessageEvent<string>);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    sources[0]!.onmessage?.({ data: 'not json' } as MessageEvent<string>);
    warn.mockRestore();
    expect(seen).toEqual([event]);

    offA();
    expect(sources[0]!.closed).toBe(false);
    offB();
    expect(sources[0]!.closed).toBe(true);
  });
});
