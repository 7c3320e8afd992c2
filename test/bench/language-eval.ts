import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectLanguage, mixedLanguages as mixedLanguagesOf } from '../../shared/text/language';

/** Our own paragraphs in the twelve languages (test/fixtures/language-eval/paragraphs.tsv). */
export const PARAGRAPHS_FILE = path.resolve(
  import.meta.dirname,
  '..',
  'fixtures',
  'language-eval',
  'paragraphs.tsv',
);

export interface LabelledParagraph {
  lang: string;
  /** A line or a headline, or a paragraph of two sentences and more. */
  long: boolean;
  text: string;
}

export function loadParagraphs(file: string = PARAGRAPHS_FILE): LabelledParagraph[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => {
      const [lang, size, text] = line.split('\t');
      if (lang === undefined || text === undefined || (size !== 'short' && size !== 'long'))
        throw new Error(`${file}: line ${i + 1} is not "language<tab>short|long<tab>text"`);
      return { lang, long: size === 'long', text };
    });
}

export function languageAccuracyReport(): string {
  const rows = loadParagraphs();
  const right = (subset: LabelledParagraph[]) =>
    subset.filter((r) => detectLanguage(r.text).lang === r.lang).length;
  const short = rows.filter((r) => !r.long);
  const long = rows.filter((r) => r.long);
  const langs = new Set(rows.map((r) => r.lang)).size;
  const all = right(rows);
  return (
    `language detection on ${rows.length} paragraphs in ${langs} languages: ${all}/${rows.length} right ` +
    `(${((all / rows.length) * 100).toFixed(1)}%; short ${right(short)}/${short.length}, long ${right(long)}/${long.length})`
  );
}

export interface MixedCase {
  main: string;
  quoted: string;
  text: string;
  /** Where the quoted paragraph is. */
  quote: [number, number];
}

/**
 * Every ordered pair of languages: two long paragraphs of one with a long paragraph of the other
 * quoted between them, one paragraph a line, as clean text is.
 */
export function mixedCases(rows: readonly LabelledParagraph[] = loadParagraphs()): MixedCase[] {
  const long = new Map<string, string[]>();
  for (const row of rows) if (row.long) long.set(row.lang, [...(long.get(row.lang) ?? []), row.text]);
  const cases: MixedCase[] = [];
  for (const [main, own] of long) {
    for (const [quoted, other] of long) {
      if (main === quoted || own.length < 2 || other.length < 1) continue;
      const before = `${own[0]}\n\n`;
      const text = `${before}${other[0]}\n\n${own[1]}`;
      cases.push({ main, quoted, text, quote: [before.length, before.length + other[0]!.length] });
    }
  }
  return cases;
}

export function mixedReport(): string {
  const cases = mixedCases();
  const right = cases.filter((c) => mixedRight(c)).length;
  return `per-paragraph language in ${cases.length} mixed documents (every pair of the twelve): ${right}/${cases.length} with both languages and the quoted paragraph's range right`;
}

export function mixedRight(c: MixedCase, found = mixedLanguagesOf(c.text)): boolean {
  if (found === null) return false;
  const quoted = found.find((p) => p.lang === c.quoted);
  const main = found.find((p) => p.lang === c.main);
  return (
    found.length === 2 &&
    main !== undefined &&
    quoted !== undefined &&
    quoted.ranges.length === 1 &&
    quoted.ranges[0]![0] === c.quote[0] &&
    quoted.ranges[0]![1] === c.quote[1]
  );
}
