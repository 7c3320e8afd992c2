import path from 'node:path';

/** The renderer is served from a custom protocol, never file:// (modules fail there) nor a dev server. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'loupe';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export type NavigationDecision = 'allow' | 'deny';

export interface WindowOpenDecision {
  action: 'deny';
  /** True when the host may hand the link to the OS browser (http and https only). */
  openExternally: boolean;
}

function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.includes('\0')) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Compares the parts, not a string prefix: `app://loupe.evil.com` and `app://loupe@evil`
 * both start with `app://loupe`, and a port or credentials make a different origin.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The window only ever shows the app; anything else (a link, a redirect, a drop) is refused. */
export function decideNavigation(url: string): NavigationDecision {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/**
 * No page opens a second window. A web link from a document may go to the OS browser, but
 * only http(s): file:, javascript:, data: and custom schemes could run or open local things.
 */
export function decideWindowOpen(url: string): WindowOpenDecision {
  const parsed = parse(url);
  // Only encrypted web links and mail addresses leave the app; plain http would hand the
  // browser a link anyone on the network can rewrite, and other schemes launch local programs.
  const web = parsed !== null && parsed.protocol === 'https:' && parsed.hostname !== '';
  const mail = parsed !== null && parsed.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+$/.test(parsed.pathname);
  return { action: 'deny', openExternally: web || mail };
}

/** The workbench needs no camera, notifications, clipboard reads or anything else: deny all. */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** Only the app's own top-level page may call the contract; a subframe or another origin may not. */
export function isTrustedIpcSender(frameUrl: string | undefined | null, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/** A `..` segment in any spelling: plain, `%2e`-encoded, or bounded by encoded slashes. */
const DOT_DOT_SEGMENT = /(?:^|\/|\\|%2f|%5c)(?:\.|%2e){2}(?:$|\/|\\|%2f|%5c|\?|#)/i;

/**
 * Maps an `app://loupe/...` request to a file inside the renderer bundle, or null. Chromium
 * canonicalises the URL before the handler sees it, so a real page never sends `..`: any
 * spelling of it is refused outright rather than folded. The checks after decoding catch
 * encoded separators and NUL, and the final containment test is the one that matters if
 * anything slips through.
 */
export function resolveAppProtocolPath(rendererRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl) || DOT_DOT_SEGMENT.test(requestUrl)) return null;
  const parsed = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || /[\0\\:]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}
