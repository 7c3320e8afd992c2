import type { LanguageShare } from '../../../shared/domain/document';

/** `fr` → "French" in the reader's language; the bare code when the runtime does not know it. */
export function languageName(code: string | null, locale?: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A mixed document's languages, largest first: "DE 82 % · EN 18 %" to show, "German 82 %,
 * English 18 %" to name them (tooltip, screen readers). A no-break space keeps each share whole.
 */
export function formatLanguageShares(
  languages: readonly LanguageShare[],
  locale?: string,
): { short: string; long: string } {
  const percent = (share: number) => `${Math.round(share * 100)}\u00a0%`;
  return {
    short: languages.map((part) => `${part.lang.toUpperCase()} ${percent(part.share)}`).join(' · '),
    long: languages.map((part) => `${languageName(part.lang, locale)} ${percent(part.share)}`).join(', '),
  };
}

const UNITS = ['bytes', 'KB', 'MB', 'GB'];

export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

export function formatCount(count: number, one: string, many: string, locale?: string): string {
  return `${new Intl.NumberFormat(locale).format(count)} ${count === 1 ? one : many}`;
}
