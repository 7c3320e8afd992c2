import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Low } from 'lowdb';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../electron/import/decode';
import { extractDocument } from '../../../electron/import/extract';
import { DurableJsonFile } from '../../../electron/store/durable-file';
import { anchorSelectors } from '../../../shared/anchoring/anchor';
import { toOriginalOffset } from '../../../shared/text/offset-map';
import { tempDir } from '../../support/temp-dir';

/**
 * Fuzzing of what reads untrusted input: the decoder, the extractor, anchoring and the store's
 * loader. CI runs a fixed budget (LOUPE_FUZZ_RUNS, default 150 per target); `npm run fuzz`
 * runs a long one. The seed is printed on failure by fast-check, so any find can be replayed.
 */
const RUNS = Number(process.env.LOUPE_FUZZ_RUNS ?? 150);
const totals = new Map<string, number>();
function budget(target: string, share = 1) {
  const numRuns = Math.max(10, Math.round(RUNS * share));
  totals.set(target, numRuns);
  return { numRuns };
}

afterAll(() => {
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${all} runs (${[...totals].map(([t, n]) => `${t} ${n}`).join(', ')})`);
});

const HTML_PARTS = [
  '<html>',
  '</html>',
  '<head>',
  '<body>',
  '<article>',
  '</article>',
  '<p>',
  '</p>',
  '<div class="x">',
  '</div>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<title>',
  '</title>',
  '<meta charset="shift_jis">',
  '<meta charset="utf-16">',
  '<h1>',
  '</h1>',
  '&amp;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  '<a href="javascript:x">',
  '</a>',
  '<svg>',
  '<math>',
  '<template>',
  '<iframe srcdoc="<p>x">',
  '<br/>',
  '<',
  '>',
  '"',
  "'",
  '\u0000',
  '\ufeff',
  '\u202e',
  'é',
  'Tokyo',
  '東京',
  '🇯🇵',
  '\r\n',
  '\n\n',
  ' ',
];
const htmlish = fc
  .array(fc.oneof(fc.constantFrom(...HTML_PARTS), fc.string({ maxLength: 12 })), { maxLength: 80 })
  .map((parts) => parts.join(''));
const bytes = fc.uint8Array({ maxLength: 600 });

function checkMapped(text: string, offsets: Parameters<typeof toOriginalOffset>[0], originalLength: number) {
  let previous = -1;
  for (let i = 0; i < text.length; i += 1) {
    const at = toOriginalOffset(offsets, i);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThanOrEqual(originalLength);
    expect(at).toBeGreaterThanOrEqual(previous);
    previous = at;
  }
}

describe('fuzz: decoder', () => {
  it('never throws on arbitrary bytes, and always says what it did', () => {
    fc.assert(
      fc.property(
        bytes,
        fc.constantFrom(null, 'utf-8', 'shift_jis', 'windows-1252', 'x-bogus'),
        (input, declared) => {
          const decoded = decodeBytes(input, { declared });
          if (decoded.ok) expect(typeof decoded.value.text).toBe('string');
          else expect(decoded.error.message.length).toBeGreaterThan(0);
        },
      ),
      budget('decoder', 2),
    );
  });
});

describe('fuzz: extractor', () => {
  it('never throws on arbitrary HTML-like text; the clean text maps monotonically into the page', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const result = extractDocument('page.html', new TextEncoder().encode(html));
        if (!result.ok) return;
        expect(result.value.text.length).toBeGreaterThan(0);
      }),
      budget('extractor html', 2),
    );
  });

  it('never throws on arbitrary bytes under any supported name', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.html', 'b.txt', 'c.md', 'd.htm', 'e.xhtml'), (input, name) => {
        const result = extractDocument(name, input);
        if (result.ok) checkMapped(result.value.text, result.value.offsets, Number.MAX_SAFE_INTEGER);
        else expect(result.error.message.length).toBeGreaterThan(0);
      }),
      budget('extractor bytes'),
    );
  });
});

describe('fuzz: anchoring', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'b', ' ', 'é', 'e\u0301', '😀', '東', '\n', 'ש'),
    maxLength: 120,
  });
  it('never throws, never places outside the text, never splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: -5, max: 200 }),
        (doc, exact, start, end) => {
          const state = anchorSelectors(doc, [
            { type: 'TextPositionSelector', start, end },
            { type: 'TextQuoteSelector', exact, prefix: doc.slice(0, 3), suffix: doc.slice(-3) },
          ]);
          if (state.type !== 'anchored') return;
          expect(state.start).toBeGreaterThanOrEqual(0);
          expect(state.end).toBeLessThanOrEqual(doc.length);
          expect(state.start).toBeLessThanOrEqual(state.end);
          for (const at of [state.start, state.end]) {
            const low = doc.charCodeAt(at);
            const high = doc.charCodeAt(at - 1);
            expect(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff).toBe(false);
          }
        },
      ),
      budget('anchoring', 2),
    );
  });
});

describe('fuzz: store loader', () => {
  it('never throws on arbitrary file content, never loses the bytes, never pollutes prototypes', async () => {
    const dir = await tempDir();
    let n = 0;
    const content = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      fc.constantFrom(
        '{"__proto__":{"polluted":1},"items":[]}',
        '{"constructor":{"prototype":{"p":1}},"items":[]}',
        '\u0000\u0000',
        '',
      ),
    );
    await fc.assert(
      fc.asyncProperty(content, async (text) => {
        const file = path.join(dir, `data-${(n += 1)}.json`);
        await fs.writeFile(file, text);
        const db = new Low<{ items: string[] }>(
          new DurableJsonFile(file, {
            validate: (d) =>
              Array.isArray((d as { items?: unknown } | null)?.items) ? null : 'items is missing',
          }),
          { items: [] },
        );
        await db.read();
        expect(Array.isArray(db.data.items)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        const names = await fs.readdir(dir);
        const aside = names.filter((name) => name.startsWith(`${path.basename(file)}.unreadable-`));
        // Either it was read as it is, or it was set aside byte for byte: never lost.
        if (aside.length > 0) expect(await fs.readFile(path.join(dir, aside[0]!), 'utf8')).toBe(text);
        else expect(await fs.readFile(file, 'utf8')).toBe(text);
      }),
      budget('store loader'),
    );
  });
});
