import { describe, expect, it } from 'vitest';
import {
  describeFact,
  earliestMember,
  orderByAge,
  passagesOnlyHere,
  splitSentences,
} from '../../../shared/stories/passages';
import { member, ORIGINAL_EN, RENDERING_FR, REWORDED_EN, VERSION_JA } from './passage-cases';

const en = member('en', 'en', ORIGINAL_EN, '2026-03-02');
const fr = member('fr', 'fr', RENDERING_FR, '2026-03-02');
const spun = member('spun', 'en', REWORDED_EN, '2026-03-03');
const ja = member('ja', 'ja', VERSION_JA, '2026-03-03');

/** The marked text of each member, for tables that read like the articles. */
function marked(members: ReturnType<typeof member>[]): Record<string, string[]> {
  const result = passagesOnlyHere(members);
  return Object.fromEntries(
    members.map((m) => [m.id, (result.get(m.id) ?? []).map((p) => m.text.slice(p.start, p.end))]),
  );
}

const ADDED =
  'Environmental groups were less enthusiastic. "This money would have cut far more emissions in insulation," said Marieke Claes of Bond Beter Leefmilieu, who put the public share at €260m.';

describe('passagesOnlyHere', () => {
  it.each([
    ['all four versions', [en, fr, spun, ja]],
    ['the reworded copy and the original', [en, spun]],
    ['the reworded copy and the French rendering', [spun, fr]],
    ['the reworded copy and the Japanese version', [spun, ja]],
  ])('marks the paragraph only the reworded copy adds (%s)', (_, members) => {
    const found = marked(members);
    expect(found.spun).toEqual([ADDED]);
    for (const m of members.filter((x) => x.id !== 'spun')) expect(found[m.id], m.id).toEqual([]);
  });

  it.each([
    [[en, spun], 'Only this version gives 260 million. No other version has this wording.'],
    // The French and Japanese versions cannot say whether they carry the first sentence, which
    // has no figure or name: it goes with the rest of its paragraph.
    [[en, fr, spun], 'Only this version gives 260 million. Part of a paragraph no other version carries.'],
  ])('says why: the new figure first', (members, reason) => {
    const [passage] = passagesOnlyHere(members).get('spun')!;
    expect(passage!.reason).toBe(reason);
  });

  it('marks nothing between faithful versions in three languages', () => {
    expect(marked([en, fr, ja])).toEqual({ en: [], fr: [], ja: [] });
  });

  it('finds what the original has and a shorter copy left out', () => {
    const short = member('short', 'en', ORIGINAL_EN.replace(/\n\nThe terminal was built[^\n]*/, ''), null);
    expect(marked([en, short]).en).toEqual([
      'The terminal was built with the gas company Fluxys over three years.',
    ]);
  });

  it('marks a sentence across languages by its figures, and by two names nobody else gives', () => {
    const added = `${RENDERING_FR}\n\nLa Commission européenne a versé 85 millions d'euros au projet.`;
    const named = `${RENDERING_FR}\n\nLe ministre Vincent Van Peteghem et la commissaire Kadri Simson étaient présents.`;
    expect(marked([en, member('fr', 'fr', added, null)]).fr).toEqual([
      "La Commission européenne a versé 85 millions d'euros au projet.",
    ]);
    const result = passagesOnlyHere([en, member('fr', 'fr', named, null)]).get('fr')!;
    expect(result).toHaveLength(1);
    expect(named.slice(result[0]!.start, result[0]!.end)).toMatch(/^Le ministre Vincent/);
    expect(result[0]!.reason).toMatch(/appear in no other version/);
  });

  it('does not mark a translated sentence it cannot judge (one name, no figure)', () => {
    const added = `${RENDERING_FR}\n\nAnvers veut devenir la porte d'entrée de l'hydrogène.`;
    expect(marked([en, member('fr', 'fr', added, null)]).fr).toEqual([]);
  });

  it('marks a reworded sentence by its wording in one language, even without figures', () => {
    const quote = `${ORIGINAL_EN}\n\n"We will not wait for Brussels," the port chief told reporters at the quay.`;
    expect(marked([spun, member('quote', 'en', quote, null)]).quote).toEqual([
      '"We will not wait for Brussels," the port chief told reporters at the quay.',
    ]);
  });

  it('gives UTF-16 offsets into the clean text', () => {
    const emoji = member('emoji', 'en', `🚢 ${ORIGINAL_EN}`, null);
    const short = member('short', 'en', ORIGINAL_EN.replace(/\n\nThe terminal was built[^\n]*/, ''), null);
    const [passage] = passagesOnlyHere([emoji, short]).get('emoji')!;
    expect(emoji.text.slice(passage!.start, passage!.end)).toBe(
      'The terminal was built with the gas company Fluxys over three years.',
    );
  });

  it('marks nothing in a story of one, or of empty texts', () => {
    expect(marked([en])).toEqual({ en: [] });
    expect(marked([member('a', 'en', '', null), member('b', 'fr', '', null)])).toEqual({ a: [], b: [] });
  });
});

describe('splitSentences', () => {
  it.each([
    ['One. Two!\n\nThree?', ['One.', 'Two!', 'Three?'], [0, 0, 1]],
    ['Title line\nMr. Smith paid 3.5bn. Done.', ['Title line\nMr. Smith paid 3.5bn.', 'Done.'], [0, 0]],
    ['東京で会議。合意した。', ['東京で会議。', '合意した。'], [0, 0]],
    ['  \n\n  Spaced out.  ', ['Spaced out.'], [0]],
  ])('%j', (text, sentences, paragraphs) => {
    const found = splitSentences(text);
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual(sentences);
    expect(found.map((s) => s.paragraph)).toEqual(paragraphs);
  });
});

describe('describeFact', () => {
  it.each([
    ['2.6e8', '260 million'],
    ['1.4e9', '1.4 billion'],
    ['2.5e12', '2.5 trillion'],
    ['300000', '300000'],
    ['12.5%', '12.5%'],
    ['d:03-02', 'the date 03-02'],
  ])('%s → %s', (key, text) => expect(describeFact(key)).toBe(text));
});

describe('earliestMember', () => {
  const meta = (id: string, published: string | null, importedAt: string | null = null) => ({
    id,
    published,
    importedAt,
  });

  it.each([
    [
      'by published date',
      [meta('b', '2026-03-02'), meta('a', '2026-03-03')],
      { id: 'b', basis: 'published', undated: [] },
    ],
    [
      'undated members last, and named',
      [meta('a', null, '2026-01-01T00:00:00Z'), meta('b', '2026-03-03')],
      { id: 'b', basis: 'published', undated: ['a'] },
    ],
    [
      'by import order when no member is dated',
      [meta('a', null, '2026-03-02T10:00:00Z'), meta('b', null, '2026-03-02T09:00:00Z')],
      { id: 'b', basis: 'imported', undated: ['a', 'b'] },
    ],
    [
      'by id when nothing else tells',
      [meta('b', null), meta('a', null)],
      { id: 'a', basis: 'none', undated: ['b', 'a'] },
    ],
    ['nothing for an empty story', [], { id: null, basis: 'none', undated: [] }],
  ])('%s', (_, members, expected) => {
    expect(earliestMember(members)).toEqual(expected);
  });

  it('orders members from earliest to latest, ties by import then id', () => {
    const ordered = orderByAge([
      meta('c', null),
      meta('b', '2026-03-02', '2026-03-02T10:00:00Z'),
      meta('a', '2026-03-02', '2026-03-02T09:00:00Z'),
    ]);
    expect(ordered.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });
});
