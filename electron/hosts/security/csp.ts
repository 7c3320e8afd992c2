/**
 * One policy for every host: the Electron `app://` protocol and `loupe serve` send the same
 * headers, so a page that works in the browser tests behaves the same in the desktop app.
 *
 * - Scripts only from the app itself: no 'unsafe-eval', no 'unsafe-inline', no remote hosts.
 * - Styles allow 'unsafe-inline' because Monaco sets inline styles for its layout; without it
 *   lines overlap (TOOLCHAIN.md). Style injection cannot run code, so this is the cheap trade.
 * - Workers from 'self' and blob:, the two ways Monaco starts its editor worker.
 * - Nothing may frame the app, and forms and <base> cannot redirect it.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['worker-src', "'self' blob:"],
  ['font-src', "'self' data:"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

export function contentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Browser features the workbench never uses; denying them means a compromised page cannot either.
 * Only names Chromium recognises: an unknown one (bluetooth, interest-cohort) logs a console warning.
 */
const DENIED_FEATURES = [
  'camera',
  'microphone',
  'geolocation',
  'usb',
  'serial',
  'hid',
  'payment',
  'midi',
  'display-capture',
  'screen-wake-lock',
  'accelerometer',
  'gyroscope',
  'magnetometer',
];

export function permissionsPolicy(): string {
  return DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');
}

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': permissionsPolicy(),
  };
}
