import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { securityHeaders } from '../hosts/security/csp';
import { APP_SCHEME, resolveAppProtocolPath } from '../hosts/security/navigation';
import { staticContentType } from '../hosts/http-util';

/**
 * Must run before `app.whenReady()`. `standard` gives the scheme real origins and relative URL
 * resolution (Vite's `base: './'` output needs it), `secure` makes it a secure context, and
 * `supportFetchAPI` lets the page fetch its own files. Module scripts fail under file://.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Serves the packaged renderer bundle, and nothing outside it, with the same headers as the web host. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppProtocolPath(rendererRoot, request.url);
    if (!file) return plain(404, 'Not found');
    let body: Buffer;
    try {
      // Electron's fs reads inside app.asar transparently.
      body = await fs.readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': staticContentType(file), 'Cache-Control': 'no-cache' },
    });
  });
}
