import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractImport } from '../../../electron/import/extract-import';

interface Expected {
  file: string;
  lang: string;
  title: string;
  source: string | null;
  author: string | null;
  published: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const expectations: Expected[] = JSON.parse(
  readFileSync(path.join(ROOT, 'test/fixtures/sample-corpus-expected.json'), 'utf8'),
);

/** The shipped sample corpus is what a newcomer sees first: every article must come out right. */
describe('extraction of the sample corpus', () => {
  it.each(expectations.map((e) => [e.file, e] as const))('%s', async (file, expected) => {
    const result = await extractImport(file, readFileSync(path.join(ROOT, 'corpus', file)));
    if (!result.ok) throw new Error(result.error.message);
    const { meta, text } = result.value;
    expect({
      title: meta.title,
      lang: meta.lang,
      source: meta.source,
      author: meta.author,
      // Pages give a date-time, clips a date; the day is what the expectations record.
      published: meta.published?.slice(0, 10) ?? null,
    }).toEqual({
      title: expected.title,
      lang: expected.lang,
      source: expected.source,
      author: expected.author,
      published: expected.published,
    });
    for (const phrase of expected.mustContain) expect(text).toContain(phrase);
    for (const noise of expected.mustNotContain) expect(text).not.toContain(noise);
  });
});
