const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^\d{4}-\d{2}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Date.parse alone is too forgiving: V8 reads "Juni 2024" as 1 June 2024.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and the list formats a date per visible row on every scroll. */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * A `published` value as the reader's locale writes it, no more precise than the source:
 * a bare year stays a year, a date shows no time. Date-only values are read in UTC so that
 * `2024-03-05` does not become 4 March west of Greenwich. Anything that is not ISO 8601 is shown raw.
 */
export function formatPublished(
  value: string | null,
  detail: 'date' | 'date-time' = 'date',
  locale?: string,
): string {
  if (!value) return '';
  if (YEAR.test(value)) return value;
  if (!YEAR_MONTH.test(value) && !DATE_ONLY.test(value) && !DATE_TIME.test(value)) return value;
  const time = Date.parse(YEAR_MONTH.test(value) ? `${value}-01` : value);
  if (Number.isNaN(time)) return value;
  if (YEAR_MONTH.test(value)) {
    return formatter(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(time);
  }
  if (DATE_ONLY.test(value)) return formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
  const options: Intl.DateTimeFormatOptions =
    detail === 'date-time' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return formatter(locale, options).format(time);
}
