import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../shared/stories/numbers';

const keys = (text: string, lang: string) => findNumbers(text.normalize('NFKC'), lang).map((n) => n.key);

describe('findNumbers', () => {
  it.each([
    ['€2.5bn', 'en', ['2.5e9']],
    ['2,5 Mrd. Euro', 'de', ['2.5e9']],
    ["2,5 milliards d'euros", 'fr', ['2.5e9']],
    ['25億ユーロ', 'ja', ['2.5e9']],
    ['２兆５０００億円', 'ja', ['2.5e12']],
    ['3万8450円', 'ja', ['38450']],
    ['$300m', 'en', ['3e8']],
    ['3 billions de dollars', 'fr', ['3e12']],
    ['3 billion dollars', 'en', ['3e9']],
    ['12.5% and 12,5 %', 'en', ['12.5%', '12.5%']],
    ['12,5 Prozent', 'de', ['12.5%']],
    ['０．７５％', 'ja', ['0.75%']],
    ['1,200 jobs', 'en', ['1200']],
    ['1.200 Stellen', 'de', ['1200']],
    ['1 200 emplois', 'fr', ['1200']],
    ['1200人', 'ja', ['1200']],
    ['in 2026 and 2030', 'en', ['2026', '2030']],
    ['3 ships and 7 days', 'en', []],
  ])('%s (%s)', (text, lang, expected) => {
    expect(keys(text, lang)).toEqual(expected);
  });

  it('gives every language of one amount the same key', () => {
    const all = [
      keys('€2.5bn', 'en'),
      keys('2,5 Mrd. Euro', 'de'),
      keys('2,5 milliards', 'fr'),
      keys('25億ユーロ', 'ja'),
    ];
    expect(new Set(all.map((k) => k.join()))).toEqual(new Set(['2.5e9']));
  });
});
