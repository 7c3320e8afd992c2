import { describe, expect, it } from 'vitest';
import { loadParagraphs, mixedCases, mixedRight } from '../../bench/language-eval';
import { detectLanguage, mixedLanguages } from '../../../shared/text/language';

const rows = loadParagraphs();

describe('detectLanguage on our paragraphs in twelve languages', () => {
  it('has short and long paragraphs in each of the twelve languages', () => {
    const langs = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ru', 'ar'];
    for (const lang of langs) {
      expect(rows.filter((r) => r.lang === lang && !r.long).length, lang).toBeGreaterThanOrEqual(3);
      expect(rows.filter((r) => r.lang === lang && r.long).length, lang).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(rows.map((r) => [r.lang, r.long ? 'long' : 'short', r.text]))(
    '%s (%s): %s',
    (lang, _size, text) => {
      expect(detectLanguage(text).lang).toBe(lang);
    },
  );
});

describe('mixedLanguages', () => {
  it('finds both languages and the quoted paragraph in every pair of the twelve', () => {
    const cases = mixedCases(rows);
    expect(cases.length).toBe(12 * 11);
    for (const c of cases)
      expect(mixedRight(c, mixedLanguages(c.text)), `${c.main} quoting ${c.quoted}`).toBe(true);
  });

  it('gives shares by characters, largest first, and merges paragraphs of one language across blank lines', () => {
    const en1 =
      'The agreement was announced in Munich on Monday by the association of regional grid companies.';
    const de =
      'Die beteiligten Netzbetreiber verpflichten sich, neue Anlagen innerhalb von sechs Wochen anzuschließen.';
    const en2 =
      'Installers said the promise was welcome but came late for many of their customers in the countryside.';
    const en3 = 'The federal agency said it would publish connection times for every operator each quarter.';
    const text = [en1, de, en2, en3].join('\n\n');
    const parts = mixedLanguages(text)!;
    expect(parts.map((p) => p.lang)).toEqual(['en', 'de']);
    const english = parts[0]!;
    expect(english.share).toBeCloseTo(
      (en1.length + en2.length + en3.length) / text.replace(/\n/g, '').length,
      2,
    );
    expect(english.ranges).toEqual([
      [0, en1.length],
      [text.indexOf(en2), text.length],
    ]);
  });

  it('is null for one language, for names and short lines in another, and for empty text', () => {
    const text = [
      'The minister met her counterpart in Berlin on Tuesday to discuss the new rules for ports.',
      'Bundesministerium für Verkehr',
      'Officials said the talks would continue next month, after the summer break in both capitals.',
    ].join('\n');
    expect(mixedLanguages(text)).toBeNull();
    expect(mixedLanguages('')).toBeNull();
  });

  it('reads a Japanese article quoting an English statement', () => {
    const ja = '同社は発表文の中で、日本を選んだ理由について次のように説明している。';
    const en =
      'Japan has the most experienced caregivers and some of the best component makers in the world.';
    const ja2 = '拠点は来年春に稼働する予定で、今後3年間で約50人の技術者を採用する。';
    const parts = mixedLanguages([ja, en, ja2].join('\n'))!;
    expect(parts.map((p) => p.lang).sort()).toEqual(['en', 'ja']);
    expect(parts.find((p) => p.lang === 'en')!.ranges).toEqual([[ja.length + 1, ja.length + 1 + en.length]]);
  });
});
