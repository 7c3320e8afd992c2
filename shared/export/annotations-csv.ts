import type { Annotation, Tag } from '../domain/codebook';
import type { DocumentSummary } from '../domain/document';

export const CSV_COLUMNS = ['document', 'outlet', 'date', 'tags', 'quote', 'note', 'start', 'end'] as const;

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. A cell that
 * starts with = + - @ (or a tab / carriage return) is prefixed with an apostrophe, so that a
 * spreadsheet shows a quote such as "=SUM(...)" or "-5% growth" as text instead of running it.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function annotationsCsv(
  rows: Array<{
    annotation: Annotation;
    document: DocumentSummary;
    start: number | null;
    end: number | null;
  }>,
  tags: readonly Tag[],
): string {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const { annotation, document, start, end } of rows) {
    lines.push(
      [
        document.title,
        document.source ?? '',
        document.published ?? '',
        annotation.tagIds.map((id) => names.get(id) ?? id).join('; '),
        annotation.selectors[1].exact,
        annotation.note,
        start === null ? '' : String(start),
        end === null ? '' : String(end),
      ]
        .map(csvField)
        .join(','),
    );
  }
  // CRLF as RFC 4180 says; a BOM so that spreadsheet programs read the file as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
