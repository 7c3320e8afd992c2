import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  permissionsPolicy,
  securityHeaders,
} from '../../../../electron/hosts/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ])('%s is %j', (name, values) => {
    expect(policy.get(name)).toEqual(values);
  });

  it('has exactly the directives above', () => {
    expect(policy.size).toBe(11);
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    const text = contentSecurityPolicy();
    expect(text).not.toContain('unsafe-eval');
    expect(text).not.toContain('wasm-unsafe-eval');
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(text).not.toMatch(/https?:|\*|wss?:/);
  });
});

describe('securityHeaders', () => {
  it('sends the policy and the hardening headers', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': permissionsPolicy(),
    });
  });

  it.each(['camera', 'microphone', 'geolocation', 'usb', 'payment', 'display-capture'])(
    'Permissions-Policy denies %s',
    (feature) => {
      expect(permissionsPolicy().split(', ')).toContain(`${feature}=()`);
    },
  );

  it('denies every feature it names', () => {
    for (const entry of permissionsPolicy().split(', ')) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
  });
});
