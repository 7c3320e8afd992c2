import type { ImportWarning } from '../../../shared/domain/document';
import type { FormatExtraction } from '../format-extraction';
import type { Result } from '../../../shared/domain/result';
import { fail, ok } from '../../../shared/domain/result';
import { detectLanguage } from '../../../shared/text/language';
import { primaryLanguage, shortTitle } from '../meta-text';
import { collapse } from '../text-unit';
import { layoutText } from './pdf-lines';
import type { PdfContent } from './pdf-reader';
import type { Correction } from '../../../shared/domain/corrections';
import { readPdfContent } from './pdf-reader';
import type { PdfParagraph } from './pdf-text';
import { pdfCleanText } from './pdf-text';

const ASCII = new TextDecoder('latin1');

/**
 * A PDF's text in reading order, without running headers, footers and page numbers, with
 * metadata from the document info, XMP or the first large line. Parsing runs in a worker thread.
 * The offsets map the clean text into the layout text (see `layoutText`), not into the PDF's
 * bytes: a PDF has no text of its own to point into.
 */
export async function extractPdf(
  bytes: Uint8Array,
  corrections: readonly Correction[] = [],
): Promise<Result<FormatExtraction>> {
  const head = ASCII.decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return fail('invalid-pdf', 'is not a PDF (no %PDF header)');
  // Readers look for the end marker in the last 1 KB; without it the download or copy was cut short.
  if (!ASCII.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF'))
    return fail('truncated', 'the PDF is truncated or damaged (it has no end-of-file marker)');
  const read = await readPdfContent(bytes);
  if (!read.ok) {
    switch (read.code) {
      case 'encrypted':
        return fail('encrypted', 'the PDF is password-protected; remove the password and import it again');
      case 'invalid':
        return fail('invalid-pdf', `the PDF is damaged and cannot be read (${read.message})`);
      case 'timeout':
        return fail('too-slow', `the PDF could not be read: ${read.message}`);
      default:
        return fail('extract-failed', `the PDF could not be read (${read.message})`);
    }
  }
  if (hasNoText(read.content)) return fail('no-text-layer', 'no text layer (scanned PDF?)');
  const extracted = fromContent(read.content, corrections);
  if (!/\S/.test(extracted.text))
    return fail('no-text', 'no text is left once page headers and footers are removed');
  return ok(extracted);
}

export function fromContent(content: PdfContent, corrections: readonly Correction[] = []): FormatExtraction {
  const { lines } = layoutText(content.pages);
  const warnings: ImportWarning[] = [];
  const emptyPages = lines.filter((page) => page.length === 0).length;
  const mapped = pdfCleanText(lines, corrections);
  if (content.pageCount > content.pages.length) {
    warnings.push({
      code: 'pdf-pages-left-out',
      message: `only the first ${content.pages.length} of ${content.pageCount} pages were read`,
    });
  }
  if (emptyPages > 0 && emptyPages < lines.length) {
    warnings.push({
      code: 'pdf-pages-without-text',
      message: `${emptyPages} of ${lines.length} pages have no text layer (scanned pages?); their content is missing`,
    });
  }
  const text = mapped.text;
  return {
    meta: {
      title: pdfTitle(content, mapped.paragraphs),
      source: null,
      author: cleanValue(content.info.author) ?? creatorOf(content.xmpCreator),
      published: pdfDate(content.info.creationDate),
      url: null,
      lang: detectLanguage(text).lang ?? primaryLanguage(content.info.language),
    },
    format: 'pdf',
    encoding: 'pdf',
    text,
    offsets: mapped.offsets,
    warnings,
  };
}

/** Whether a PDF has no text at all: a scan without OCR, or only drawings. */
export function hasNoText(content: PdfContent): boolean {
  return content.pages.every((page) => page.items.every((item) => !/\S/.test(item.str)));
}

/** Titles that tools write on their own: the file name, "Untitled", "Microsoft Word - x.docx". */
const TOOL_TITLE =
  /^(?:untitled|unbenannt|sans titre|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|indd|odt|rtf|txt))$/i;

function pdfTitle(content: PdfContent, paragraphs: readonly PdfParagraph[]): string | null {
  for (const candidate of [content.info.title, content.xmpTitle]) {
    const value = cleanValue(candidate);
    if (value !== null && !TOOL_TITLE.test(value)) return shortTitle(value);
  }
  // The first heading on the first page, if it comes before much body text.
  const firstPage = paragraphs.filter((p) => p.lines[0]!.page === paragraphs[0]?.lines[0]!.page).slice(0, 4);
  const heading = firstPage.find((p) => p.heading);
  if (heading !== undefined) return shortTitle(heading.lines.map((l) => l.text).join(' '));
  return null;
}

function cleanValue(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = collapse(value.replace(/[\u0000-\u001f\ufffd]/g, ' '));
  return text.length > 0 ? text : null;
}

function creatorOf(value: string | string[] | null): string | null {
  if (Array.isArray(value)) return cleanValue(value.filter((v) => typeof v === 'string').join(', '));
  return cleanValue(value);
}

/** `D:20240311120000+01'00'` → `2024-03-11T12:00:00+01:00`; as precise as the PDF gives it. */
export function pdfDate(value: string | null): string | null {
  if (value === null) return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{0,2}'?)?/.exec(
    value.trim(),
  );
  if (m === null) return null;
  const [, year, month = '01', day = '01', hour, minute = '00', second = '00', zone] = m;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return date;
  let offset = '';
  if (zone === 'Z') offset = 'Z';
  else if (zone !== undefined) {
    const z = /^([+-])(\d{2})'?(\d{2})?/.exec(zone)!;
    offset = `${z[1]}${z[2]}:${z[3] ?? '00'}`;
  }
  return `${date}T${hour}:${minute}:${second}${offset}`;
}
