import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../shared/search/fold';
import { deserializeIndex, serializeIndex } from '../../../shared/search/index-codec';
import { parseQuery } from '../../../shared/search/query-parser';
import { SearchIndex } from '../../../shared/search/search-index';
import { STEM_LANGUAGES, stemFor } from '../../../shared/search/stem';
import { tokenize } from '../../../shared/search/tokenize';

const DOCS: Record<string, { lang: string; text: string }> = {
  en1: {
    lang: 'en',
    text: 'The elections were held on Sunday. The central bank raised rates; voters were angry.',
  },
  en2: { lang: 'en', text: 'A new election law: the bank of England says the state is stating its case.' },
  fr1: {
    lang: 'fr',
    text: "L'élection présidentielle : les électeurs de l'État ont voté dans les grandes villes.",
  },
  de1: {
    lang: 'de',
    text: 'Die Wahlen in Bayern: Herr Müller sagte in der Hauptstraße, die Häuser seien teuer.',
  },
  de2: { lang: 'de', text: 'Herr Mueller wohnt in der Strasse am Bahnhof; das Haus ist alt.' },
  ja1: { lang: 'ja', text: '東京都知事選挙で、トランプ氏の発言が話題になった。' },
  ja2: { lang: 'ja', text: '京都の大学で選挙の講演があった。' },
};

function build(docs = DOCS): SearchIndex {
  const index = new SearchIndex();
  for (const [id, doc] of Object.entries(docs)) index.add(id, doc.text, doc.lang);
  return index;
}

function run(index: SearchIndex, query: string, docs = DOCS): Record<string, string[]> {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = index.search(parsed.query, { limit: 100 });
  const textOf = (id: string) => docs[id]?.text ?? '';
  return Object.fromEntries(
    result.documents.map((match) => [
      match.id,
      match.hits.map((hit) => textOf(match.id).slice(hit.start, hit.end)),
    ]),
  );
}

describe('SearchIndex', () => {
  const index = build();

  it.each([
    // Stemming, per document language
    ['election', { en1: ['elections'], en2: ['election'], fr1: ['élection'] }],
    ['Elections', { en1: ['elections'], en2: ['election'], fr1: ['élection'] }],
    ['stated', { en2: ['state', 'stating'] }],
    ['électeur', { fr1: ['électeurs'] }],
    ['grande', { fr1: ['grandes'] }],
    ['haus', { de1: ['Häuser'], de2: ['Haus'] }],
    // Accents, case, umlauts and ß both ways
    ['ETAT', { fr1: ['État'] }],
    ['Mueller', { de1: ['Müller'], de2: ['Mueller'] }],
    ['Müller', { de1: ['Müller'], de2: ['Mueller'] }],
    ['strasse', { de2: ['Strasse'] }],
    ['Straße', { de2: ['Strasse'] }],
    ['hauptstrasse', { de1: ['Hauptstraße'] }],
    // Phrases: consecutive words, no stemming
    ['"central bank"', { en1: ['central bank'] }],
    ['"the elections"', { en1: ['The elections'] }],
    ['"the election"', {}],
    ['"bank of england"', { en2: ['bank of England'] }],
    // AND, OR, exclusion
    ['bank election', { en1: ['elections', 'bank'], en2: ['election', 'bank'] }],
    ['bank -rates', { en2: ['bank'] }],
    ['wahl OR voters', { de1: ['Wahlen'], en1: ['voters'] }],
    ['election -"central bank" -présidentielle', { en2: ['election'] }],
    ['election -élection', {}],
    // Prefix
    ['electi*', { en1: ['elections'], en2: ['election'], fr1: ['élection'] }],
    ['élect*', { en1: ['elections'], en2: ['election'], fr1: ['élection', 'électeurs'] }],
    ['haupt*', { de1: ['Hauptstraße'] }],
    // Japanese: any substring of two or more characters, and single kanji
    ['選挙', { ja1: ['選挙'], ja2: ['選挙'] }],
    ['京都', { ja1: ['京都'], ja2: ['京都'] }],
    ['都知事選挙', { ja1: ['都知事選挙'] }],
    ['トランプ', { ja1: ['トランプ'] }],
    ['京', { ja1: ['京'], ja2: ['京'] }],
    ['た', { ja1: ['た'], ja2: ['た'] }],
    ['"の大学"', { ja2: ['の大学'] }],
    ['京都 -大学', { ja1: ['京都'] }],
    ['nothing-here', {}],
  ])('%s', (query, expected) => {
    const found = run(index, query);
    expect(found).toEqual(expected);
  });

  it('ranks a document with more and rarer hits first, and counts every hit', () => {
    const docs = {
      once: {
        lang: 'en',
        text: 'Sanctions were discussed. Many other things were said about trade and weather.',
      },
      thrice: { lang: 'en', text: 'Sanctions, sanctions and more sanctions.' },
    };
    const result = build(docs).search((parseQuery('sanction') as { ok: true; query: never }).query, {
      limit: 1,
    });
    expect(result.documents.map((d) => [d.id, d.count, d.hits.length])).toEqual([['thrice', 3, 3]]);
    expect(result.totalDocuments).toBe(2);
    expect(result.totalHits).toBe(4);
  });

  it('counts a word hit by two clauses once', () => {
    const result = index.search((parseQuery('bank OR banks bank') as { ok: true; query: never }).query, {
      limit: 10,
    });
    expect(result.documents.map((d) => d.count)).toEqual([1, 1]);
  });

  it('updates incrementally: add, replace and remove documents', () => {
    const live = build();
    live.add('en3', 'Another election, in Wales.', 'en');
    expect(
      Object.keys(run(live, 'wales', { ...DOCS, en3: { lang: 'en', text: 'Another election, in Wales.' } })),
    ).toEqual(['en3']);
    live.add('en1', 'Rewritten: nothing about polls.', 'en');
    expect(Object.keys(run(live, 'elections')).sort()).toEqual(['en2', 'en3', 'fr1']);
    expect(Object.keys(run(live, 'polls'))).toEqual(['en1']);
    expect(live.remove('fr1')).toBe(true);
    expect(live.remove('fr1')).toBe(false);
    expect(Object.keys(run(live, 'élection')).sort()).toEqual(['en2', 'en3']);
    expect(live.size).toBe(7);
  });

  it('stays correct after many replacements compact the postings', () => {
    const live = new SearchIndex();
    const filler = 'alpha beta gamma delta '.repeat(2000);
    for (let round = 0; round < 30; round += 1) {
      for (const id of ['a', 'b', 'c']) live.add(id, `${filler} round${round} ${id}`, 'en');
    }
    expect(Object.keys(run(live, 'round29')).sort()).toEqual(['a', 'b', 'c']);
    expect(run(live, 'round28')).toEqual({});
    expect(live.size).toBe(3);
  });

  it('serialises and reads back to an index that answers the same', () => {
    const copy = deserializeIndex(serializeIndex(index));
    for (const query of ['election', '"central bank"', '京', 'élect*', 'mueller -haus']) {
      expect(run(copy, query)).toEqual(run(index, query));
    }
    expect(copy.documents().map((d) => d.id)).toEqual(index.documents().map((d) => d.id));
  });

  it('refuses a damaged or foreign file with the reason', () => {
    const data = serializeIndex(index);
    const damaged = data.slice();
    damaged[damaged.length >> 1] = damaged[damaged.length >> 1]! ^ 0xff;
    expect(() => deserializeIndex(damaged)).toThrow(/checksum/);
    expect(() => deserializeIndex(data.slice(0, data.length - 10))).toThrow(/checksum/);
    expect(() => deserializeIndex(new TextEncoder().encode('{"json": true}'))).toThrow(
      /not a Loupe search index/,
    );
  });
});

describe('hits fold to the query term (property)', () => {
  const words = [
    'Élection',
    'election',
    'ÉLECTIONS',
    'Straße',
    'strasse',
    'Müller',
    'muller',
    'état',
    'États',
    'vote',
    'voted',
  ];
  const separators = [' ', ', ', '\n', ' — ', "'", ' l’', '. '];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {
      minLength: 1,
      maxLength: 40,
    })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('every hit span of a word query stems like the query', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...words), fc.constantFrom('en', 'fr', 'de'), (body, word, lang) => {
        const index = new SearchIndex();
        index.add('d', body, lang);
        const parsed = parseQuery(word);
        if (!parsed.ok) return;
        const [match] = index.search(parsed.query, { limit: 1 }).documents;
        const stems = (w: string) =>
          new Set([foldWord(w), ...STEM_LANGUAGES.map((l) => stemFor(l, foldWord(w)))]);
        const wanted = stems(word);
        for (const hit of match?.hits ?? []) {
          const found = stems(body.slice(hit.start, hit.end));
          expect([...found].some((s) => wanted.has(s))).toBe(true);
        }
        // And the word itself, present in any case or accents, is always found.
        if (tokenize(body).some((token) => token.term === foldWord(word)))
          expect(match?.count ?? 0).toBeGreaterThan(0);
      }),
    );
  });

  it('every Japanese substring query is found exactly where it occurs', () => {
    const kana = fc.constantFrom(...'東京都知事選挙のトランプ氏がで大学'.split(''));
    fc.assert(
      fc.property(
        fc.array(kana, { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (chars, at, len) => {
          const body = chars.join('');
          const start = at % body.length;
          const query = body.slice(start, start + len);
          const index = new SearchIndex();
          index.add('d', body, 'ja');
          const [match] = index.search((parseQuery(query) as { ok: true; query: never }).query, {
            limit: 1,
          }).documents;
          const expected: number[] = [];
          for (let k = body.indexOf(query); k >= 0; k = body.indexOf(query, k + 1)) expected.push(k);
          // Overlapping occurrences ("東東東" in "東東東東") are shown once, so compare starts that do not overlap.
          const spans = match?.hits ?? [];
          for (const hit of spans) expect(body.slice(hit.start, hit.end)).toBe(query);
          expect(spans.length).toBeGreaterThan(0);
          expect(spans.every((hit) => expected.includes(hit.start))).toBe(true);
        },
      ),
    );
  });
});
