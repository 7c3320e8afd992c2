import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../electron/import/clip/clean-clip';
import type { CleanedClip } from '../../../electron/import/clip/clean-clip';
import { toOriginalRange } from '../../../shared/text/offset-map';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import/clip');

function clip(file: string): string {
  return readFileSync(path.join(FIXTURES, file), 'utf8');
}

/** Clip cleaning only removes and collapses: every non-space clean character is the original one. */
function expectVerbatimMapping(original: string, cleaned: CleanedClip): void {
  let next = 0;
  for (const [cleanStart, originalStart, cleanLength, originalLength] of cleaned.offsets) {
    expect(cleanStart).toBe(next);
    expect(originalStart + originalLength).toBeLessThanOrEqual(original.length);
    if (cleanLength === originalLength) {
      for (let i = 0; i < cleanLength; i++) {
        const c = cleaned.text[cleanStart + i]!;
        if (!/\s/.test(c)) expect(original[originalStart + i]).toBe(c);
      }
    } else {
      expect(cleaned.text.slice(cleanStart, cleanStart + cleanLength)).toMatch(/^\s+$/);
    }
    next = cleanStart + cleanLength;
  }
  expect(next).toBe(cleaned.text.length);
}

/** The original behind a clean sentence, with Markdown markup and white space taken out, is the sentence. */
function expectSentenceMapsBack(original: string, cleaned: CleanedClip, sentence: string): void {
  const at = cleaned.text.indexOf(sentence);
  expect(at, sentence).toBeGreaterThanOrEqual(0);
  const range = toOriginalRange(cleaned.offsets, at, at + sentence.length);
  const source = original
    .slice(range.start, range.end)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ');
  expect(source).toBe(sentence);
}

interface FixtureCase {
  file: string;
  meta: Record<string, string | null>;
  /** Sentences of the article; the first is the headline. */
  article: string[];
  /** Furniture on the clips, none of which may reach the clean text. */
  noise: string[];
}

const FIXTURE_CASES: FixtureCase[] = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));

describe('cleanClip on fixture clips', () => {
  it.each(FIXTURE_CASES)('$file: metadata', ({ file, meta }) => {
    expect(cleanClip(clip(file), file.endsWith('.md') ? 'md' : 'txt').meta).toEqual(meta);
  });

  it.each(FIXTURE_CASES)('$file: keeps the article and drops the furniture', ({ file, article, noise }) => {
    const { text } = cleanClip(clip(file), file.endsWith('.md') ? 'md' : 'txt');
    expect(article.filter((sentence) => !text.includes(sentence))).toEqual([]);
    expect(noise.filter((junk) => text.includes(junk))).toEqual([]);
    expect(text.startsWith(`${article[0]}\n\n`)).toBe(true);
  });

  it.each(FIXTURE_CASES)(
    '$file: every clean character maps back to the same character',
    ({ file, article }) => {
      const original = clip(file);
      const cleaned = cleanClip(original, file.endsWith('.md') ? 'md' : 'txt');
      expectVerbatimMapping(original, cleaned);
      for (const sentence of article) expectSentenceMapsBack(original, cleaned, sentence);
    },
  );

  it('joins hard-wrapped lines and splits after a short line', () => {
    expect(cleanClip(clip('wrapped.txt'), 'txt').text).toBe(
      'Notes on the berth rota\n\n' +
        'The coastal authority will publish a shared berth rota at the end of March. Each port will list its free berths a week ahead, and ships will book through one office instead of three.\n\n' +
        'Harbour masters welcomed the plan but said it would not add a single berth.\n\n' +
        'A second line written straight after a short one starts a new paragraph.',
    );
  });
});

const BODY_ONE =
  'The harbour authority said on Monday that the new berth for repair ships would open in April.';
const BODY_TWO = 'Crews now stay for weeks rather than days, because each cable splice is tested twice.';

describe('cleanClip: bylines, dates, breadcrumbs and titles', () => {
  it.each([
    ['By Jane Roe | July 11, 2023', 'Jane Roe', '2023-07-11'],
    ['By Jane Roe and John Doe', 'Jane Roe and John Doe', null],
    ['Von Max Muster, Dienstag, 11. Juli 2023', 'Max Muster', '2023-07-11'],
    ['Par Claire Dubois, le 11 juillet 2023', 'Claire Dubois', '2023-07-11'],
    ['Por Lucía Herrera, 7 de marzo de 2024', 'Lucía Herrera', '2024-03-07'],
    ['Di Giulia Ferri | 8 marzo 2024', 'Giulia Ferri', '2024-03-08'],
    ['Written by Ursula von der Leyen', 'Ursula von der Leyen', null],
    ['文：山田花子', '山田花子', null],
    ['2023年7月11日', null, '2023-07-11'],
    ['Published: July 12, 2023 10:32 BST', null, '2023-07-12'],
    ['Tuesday 11 July 2023 09:30', null, '2023-07-11'],
    ['Veröffentlicht am 11.07.2023, 14:05 Uhr', null, '2023-07-11'],
    ['Updated 12.07.2023', null, '2023-07-12'],
  ])('takes "%s" out of the text as metadata', (line, author, published) => {
    const cleaned = cleanClip(`Berth opens early\n${line}\n\n${BODY_ONE}\n`, 'txt');
    expect({ text: cleaned.text, author: cleaned.meta.author, published: cleaned.meta.published }).toEqual({
      text: `Berth opens early\n\n${BODY_ONE}`,
      author,
      published,
    });
  });

  it('prefers the publication date to an update date', () => {
    const cleaned = cleanClip(`Title\nUpdated 12 July 2023\nPublished 11 July 2023\n\n${BODY_ONE}\n`, 'txt');
    expect(cleaned.meta.published).toBe('2023-07-11');
  });

  it.each([
    ['a trail on its own line', 'Home › Tech › Policy\nEU agrees chip rules'],
    ['a trail glued to the title', 'Home › Tech › PolicyEU agrees chip rules'],
    ['a trail ending with the headline', 'Home › Tech › EU agrees chip rules'],
    [
      'a trail glued to a cut title, then the title',
      'Home › Tech › PolicyEU agrees chip…\nEU agrees chip rules',
    ],
    ['a Japanese trail glued to a cut title', 'ホーム›経済›資源EU agrees chip…\nEU agrees chip rules'],
    ['a German trail', 'Startseite > Politik > Europa\nEU agrees chip rules'],
    ['a trail without a home crumb', 'News » World » Europe\nEU agrees chip rules'],
  ])('drops %s', (_name, head) => {
    const cleaned = cleanClip(`${head}\n\n${BODY_ONE}\n`, 'txt');
    expect([cleaned.text, cleaned.meta.title]).toEqual([
      `EU agrees chip rules\n\n${BODY_ONE}`,
      'EU agrees chip rules',
    ]);
  });

  it('keeps a short last crumb as a crumb, not as the title', () => {
    expect(
      cleanClip(`Home › World › Middle East\nCeasefire talks resume\n\n${BODY_ONE}\n`, 'txt').meta.title,
    ).toBe('Ceasefire talks resume');
  });

  it.each([
    ['txt', 'EU agrees chip rules\nEU agrees chip rules\n\n'],
    ['txt', 'EU agrees chip rules\n\nEU Agrees Chip Rules\n\n'],
    ['md', '# EU agrees chip rules\n\nEU agrees chip rules\n\n'],
  ] as const)('keeps one of a title repeated right after itself (%s)', (format, head) => {
    expect(cleanClip(`${head}${BODY_ONE}\n`, format).text).toBe(`EU agrees chip rules\n\n${BODY_ONE}`);
  });

  it('keeps the full title when a cut copy of it comes first', () => {
    const cleaned = cleanClip(
      `EU agrees chip rules…\nEU agrees chip rules for ten years\n\n${BODY_ONE}\n`,
      'txt',
    );
    expect(cleaned.text).toBe(`EU agrees chip rules for ten years\n\n${BODY_ONE}`);
  });

  it.each([
    ['© 2023 The Pacific Circuit. All rights reserved.', 'The Pacific Circuit'],
    ['© 2023 Tageskompass Verlagsgesellschaft mbH · Impressum · Datenschutz', 'Tageskompass'],
    ['Copyright © 2021–2024 Coast Weekly Media Ltd | Privacy', 'Coast Weekly'],
    ['© 2023 Harbourline Media Pte. Ltd. ハーバーライン日本語版', 'ハーバーライン日本語版'],
    ['(c) 2024 La Gazette du Littoral – Mentions légales', 'La Gazette du Littoral'],
  ])('takes the outlet from the copyright line "%s" and drops the line', (line, source) => {
    const cleaned = cleanClip(`Title\n\n${BODY_ONE}\n\nRelated posts\nSome headline\n\n${line}\n`, 'txt');
    expect([cleaned.text, cleaned.meta.source]).toEqual([`Title\n\n${BODY_ONE}`, source]);
  });

  it.each([
    [
      'Posted by Sam Whitfield on 8 July 2023 · 4 min read · ByteSprout Daily',
      'Sam Whitfield',
      '2023-07-08',
      'ByteSprout Daily',
    ],
    ['2023年3月29日 山田健一', '山田健一', '2023-03-29', null],
    [
      '2023年7月25日 ナオミ・フェレイラ＝ブレイク（翻訳：小林遥）',
      'ナオミ・フェレイラ＝ブレイク',
      '2023-07-25',
      null,
    ],
  ])('reads author, date and outlet from "%s"', (line, author, published, source) => {
    const { text, meta } = cleanClip(`Title\n${line}\n\n${BODY_ONE}\n`, 'txt');
    expect({ text, author: meta.author, published: meta.published, source: meta.source }).toEqual({
      text: `Title\n\n${BODY_ONE}`,
      author,
      published,
      source,
    });
  });

  it('does not take a dateline place for an author', () => {
    const cleaned = cleanClip(`Title\nBrussels, July 11, 2023\n\n${BODY_ONE}\n`, 'txt');
    expect(cleaned.meta.author).toBeNull();
  });

  it('splits the outlet off a front matter title', () => {
    const cleaned = cleanClip(`---\ntitle: "Rules agreed | Coast Weekly"\n---\n\n${BODY_ONE}\n`, 'md');
    expect([cleaned.meta.title, cleaned.meta.source]).toEqual(['Rules agreed', 'Coast Weekly']);
  });

  it('takes the first Markdown heading as the title, after a kicker line', () => {
    const cleaned = cleanClip(`Shipping\n\n## Berths for cable ships\n\n${BODY_ONE}\n`, 'md');
    expect(cleaned.meta.title).toBe('Berths for cable ships');
  });

  it('shortens a title that is a whole paragraph', () => {
    const title = cleanClip(`${BODY_ONE} ${BODY_TWO} ${BODY_ONE}\n`, 'txt').meta.title!;
    expect(title.length).toBeLessThanOrEqual(161);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('cleanClip: line ends and speed', () => {
  it('treats CRLF and CR like LF, keeping offsets into the original', () => {
    const original =
      'Title\r\n\r\nThe first line of a wrapped paragraph goes on\r\nand ends here.\r\rLast paragraph.';
    const cleaned = cleanClip(original, 'txt');
    expect(cleaned.text).toBe(
      'Title\n\nThe first line of a wrapped paragraph goes on and ends here.\n\nLast paragraph.',
    );
    expectVerbatimMapping(original, cleaned);
  });

  it('cleans a 20 MB single line as one paragraph in linear time', () => {
    const line = 'Chips and materials. '.repeat(1_000_000);
    const started = performance.now();
    const cleaned = cleanClip(`Long line\n\n${line}`, 'txt');
    const elapsed = performance.now() - started;
    expect(cleaned.text.length).toBe('Long line\n\n'.length + line.length - 1);
    expect(cleaned.offsets).toHaveLength(1);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('stays linear on a long Markdown line full of unmatched markup', () => {
    const line = '*a [b `c _d '.repeat(200_000);
    const started = performance.now();
    expect(cleanClip(`Title\n\n${line}`, 'md').text.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

const SENTENCES = [
  'Ships wait for berths in winter.',
  'The rota starts in April and runs all year.',
  'Crews stay for weeks now, not days.',
  'Calder Bay shares a berth with the lifeboat.',
];
const NOISE_LINES = [
  'Share',
  'Tweet',
  '0 Comments',
  'Accept all',
  '#ports #cables',
  'Was this helpful? Yes / No',
  'Leave a reply',
  '42',
];

describe('cleanClip properties', () => {
  it('keeps every sentence, drops every noise line, and maps every character back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.constantFrom(...NOISE_LINES)), {
          minLength: 1,
          maxLength: 15,
        }),
        fc.constantFrom('\n', '\n\n', '\r\n', '\n \n'),
        fc.constantFrom('txt' as const, 'md' as const),
        (lines, separator, format) => {
          const original = `Title line\n\n${lines.join(separator)}\n`;
          const cleaned = cleanClip(original, format);
          expectVerbatimMapping(original, cleaned);
          for (const line of lines) {
            if (SENTENCES.includes(line)) expect(cleaned.text).toContain(line);
          }
          const paragraphs = cleaned.text.split('\n\n');
          for (const noise of NOISE_LINES) expect(paragraphs).not.toContain(noise);
        },
      ),
    );
  });
});
