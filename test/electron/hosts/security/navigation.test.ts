import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  isAppUrl,
  isTrustedIpcSender,
  resolveAppProtocolPath,
} from '../../../../electron/hosts/security/navigation';

describe('decideNavigation', () => {
  it.each([
    ['app://loupe/index.html', 'allow'],
    ['app://loupe/', 'allow'],
    ['app://loupe', 'allow'],
    ['app://loupe/index.html#/documents/abc', 'allow'],
    [APP_INDEX_URL, 'allow'],
    ['app://loupe.evil.com/index.html', 'deny'],
    ['app://loupe@evil/index.html', 'deny'],
    ['app://user:pw@loupe/index.html', 'deny'],
    ['app://loupe:8080/index.html', 'deny'],
    ['app://evil/index.html', 'deny'],
    ['app:loupe/index.html', 'deny'],
    ['app:///loupe/index.html', 'deny'],
    ['apps://loupe/index.html', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['https://example.com', 'deny'],
    ['http://127.0.0.1:5173/', 'deny'],
    ['about:blank', 'deny'],
    ['chrome://settings', 'deny'],
    ['not a url', 'deny'],
    ['', 'deny'],
    ['app://loupe/\0', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(decideNavigation(url)).toBe(decision);
  });

  it.each([undefined, null])('isAppUrl(%s) is false', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it.each([
    ['https://example.com/article', true],
    ['http://example.com/', false],
    ['HTTPS://EXAMPLE.COM/', true],
    ['https://', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['app://loupe/index.html', false],
    ['mailto:someone@example.com', true],
    ['mailto:', false],
    ['mailto:not-an-address', false],
    ['ms-settings:privacy', false],
    ['vscode://file/etc/passwd', false],
    ['smb://server/share', false],
    ['not a url', false],
  ])('%s → deny, openExternally %s', (url, openExternally) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally });
  });
});

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'midi',
    'pointerLock',
    'unknown',
  ])('%s → denied', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});

describe('isTrustedIpcSender', () => {
  it.each([
    ['app://loupe/index.html', true, true],
    ['app://loupe/index.html#/briefing', true, true],
    ['app://loupe/index.html', false, false],
    ['app://loupe.evil.com/index.html', true, false],
    ['app://loupe@evil/', true, false],
    ['https://example.com/', true, false],
    ['file:///work/out/renderer/index.html', true, false],
    ['about:blank', true, false],
    ['', true, false],
    [undefined, true, false],
    [null, true, false],
  ] as const)('%s, main frame %s → %s', (url, isMainFrame, trusted) => {
    expect(isTrustedIpcSender(url, isMainFrame)).toBe(trusted);
  });
});

describe('resolveAppProtocolPath', () => {
  const root = path.resolve('/srv/loupe/out/renderer');
  const inRoot = (...parts: string[]) => path.join(root, ...parts);

  it.each([
    ['app://loupe/', inRoot('index.html')],
    ['app://loupe', inRoot('index.html')],
    ['app://loupe/index.html', inRoot('index.html')],
    ['app://loupe/index.html?x=1#top', inRoot('index.html')],
    // The URL parser folds a single dot, so this is just index.html.
    ['app://loupe/./index.html', inRoot('index.html')],
    ['app://loupe/assets/index-abc123.js', inRoot('assets', 'index-abc123.js')],
    ['app://loupe/assets/codicon.ttf', inRoot('assets', 'codicon.ttf')],
    ['app://loupe/assets/a%20b.css', inRoot('assets', 'a b.css')],
  ])('%s → %s', (url, file) => {
    expect(resolveAppProtocolPath(root, url)).toBe(file);
  });

  it.each([
    'app://loupe/../../etc/passwd',
    'app://loupe/assets/../../../etc/passwd',
    'app://loupe/%2e%2e/%2e%2e/etc/passwd',
    'app://loupe/%2E%2E/secret',
    'app://loupe/.%2e/secret',
    'app://loupe/..%2f..%2fetc%2fpasswd',
    'app://loupe/assets%2f..%2f..%2fsecret',
    'app://loupe/..%5c..%5cwindows%5cwin.ini',
    'app://loupe/assets%5cindex.js',
    'app://loupe//etc/passwd',
    'app://loupe/%2fetc%2fpasswd',
    'app://loupe/C:/Windows/win.ini',
    'app://loupe/C%3a%5cWindows',
    'app://loupe/index.html%00.png',
    'app://loupe/index.html\0',
    'app://loupe/%E0%A4%A',
    'app://loupe.evil.com/index.html',
    'app://loupe@evil/index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
  ])('%s → null', (url) => {
    expect(resolveAppProtocolPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the root is spelled like', () => {
    for (const spelled of [root, `${root}/`, `${root}/assets/..`]) {
      const file = resolveAppProtocolPath(spelled, 'app://loupe/assets/x.js');
      expect(file).toBe(inRoot('assets', 'x.js'));
    }
  });
});
