import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../shared/search/fold';
import { stemEnglish, stemFrench, stemGerman } from '../../../shared/search/stem';
import { tokenize } from '../../../shared/search/tokenize';

const terms = (text: string) => tokenize(text).map((token) => token.term);

describe('foldWord', () => {
  it.each([
    ['Élysée', 'elysee'],
    ['ÉLYSÉE', 'elysee'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Müller', 'muller'],
    ['Œuvre', 'oeuvre'],
    ['ﬁnance', 'finance'],
    ['Ｔｏｋｙｏ', 'tokyo'],
    ['Łódź', 'lodz'],
  ])('%s → %s', (raw, folded) => expect(foldWord(raw)).toBe(folded));
});

describe('tokenize', () => {
  it('English: words, numbers, possessives; offsets point into the text', () => {
    const text = "Reuters's report: 1,200 voters in Ohio's capital.";
    expect(terms(text)).toEqual(['reuters', 'report', '1', '200', 'voters', 'in', 'ohio', 'capital']);
    for (const token of tokenize(text)) expect(foldWord(text.slice(token.start, token.end))).toBe(token.term);
  });

  it('French: elision is dropped, accents fold', () => {
    expect(terms("L'État qu'il défend, d’après l’Élysée, jusqu'à aujourd'hui")).toEqual([
      'etat',
      'il',
      'defend',
      'apres',
      'elysee',
      'a',
      'aujourd',
      'hui',
    ]);
  });

  it('German: umlauts and ß fold, compounds stay whole', () => {
    expect(terms('Die Bundesregierung in der Hauptstraße über München')).toEqual([
      'die',
      'bundesregierung',
      'in',
      'der',
      'hauptstrasse',
      'uber',
      'munchen',
    ]);
  });

  it('Japanese: overlapping pairs over kana and kanji runs, one final character', () => {
    expect(tokenize('東京都で')).toEqual([
      { term: '東京', start: 0, end: 2, kind: 'pair' },
      { term: '京都', start: 1, end: 3, kind: 'pair' },
      { term: '都で', start: 2, end: 4, kind: 'pair' },
      { term: 'で', start: 3, end: 4, kind: 'last' },
    ]);
    expect(terms('トランプ氏、G7へ')).toEqual(['トラ', 'ラン', 'ンプ', 'プ氏', '氏', 'g7', 'へ']);
  });

  it('Japanese: half-width kana become full-width; a character outside the BMP keeps both halves', () => {
    expect(terms('ﾃﾚﾋﾞ')[0]).toBe('テレ');
    const [first] = tokenize('𠮷野家');
    expect(first).toEqual({ term: '𠮷野', start: 0, end: 3, kind: 'pair' });
  });
});

describe('stemmers', () => {
  it.each([
    [
      stemEnglish,
      ['election', 'elections'],
      ['state', 'states', 'stated', 'stating'],
      ['run', 'running'],
      ['party', 'parties'],
    ],
    [
      stemFrench,
      ['élection', 'élections'],
      ['grand', 'grande', 'grands', 'grandes'],
      ['journal', 'journaux'],
      ['arrivée', 'arrivées', 'arriver'],
    ],
    [
      stemGerman,
      ['Haus', 'Hauses', 'Häuser', 'Häusern'],
      ['Regierung', 'Regierungen'],
      ['Müller', 'Mueller'],
      ['Kind', 'Kinder', 'Kindern'],
    ],
  ])('%o: each group stems to one form', (stem, ...groups) => {
    for (const group of groups as string[][]) {
      const stems = new Set(group.map((word) => stem(foldWord(word))));
      expect([...stems], group.join(', ')).toHaveLength(1);
    }
  });

  it('does not merge unrelated words', () => {
    expect(stemEnglish('news')).not.toBe(stemEnglish('new'));
    expect(stemEnglish('is')).toBe('is');
    expect(stemFrench('pays')).not.toBe(stemFrench('pas'));
  });
});
