import { describe, expect, it } from 'vitest';
import { spans } from './spans';

describe('money', () => {
  it.each([
    // English
    ['The EU pledged €2.5 billion on chips.', ['€2.5 billion']],
    ['It raised US$300m from investors.', ['US$300m']],
    ['a grant of 5 million dollars', ['5 million dollars']],
    ['costs of $1,200 and £40bn', ['$1,200', '£40bn']],
    ['EUR 40m was set aside', ['EUR 40m']],
    ['one billion dollars', ['one billion dollars']],
    // French
    ["une enveloppe de 2,5 milliards d'euros", ["2,5 milliards d'euros"]],
    ['52 milliards de dollars', ['52 milliards de dollars']],
    ['un coût de 1 200 €', ['1 200 €']],
    // German
    ['Der Bund gibt 2,5 Milliarden Euro.', ['2,5 Milliarden Euro']],
    ['rund 45 Mrd. Euro', ['45 Mrd. Euro']],
    ['fünf Milliarden Euro', ['fünf Milliarden Euro']],
    // Japanese
    ['政府は1兆円を投じる。', ['1兆円']],
    ['経済産業省は3000億円を拠出する。', ['3000億円']],
    ['総額1兆2000億円', ['1兆2000億円']],
    ['15億ドルを拠出', ['15億ドル']],
    ['１００億円', ['１００億円']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'money')).toEqual(expected);
  });

  it.each([['in 2023 there were 300 firms'], ['5 million people'], ['version 2.5']])(
    'finds none in %s',
    (text) => {
      expect(spans(text, 'money')).toEqual([]);
    },
  );
});

describe('percent', () => {
  it.each([
    ['up 12% on the year', ['12%']],
    ['a 12 per cent rise and 3 percent more', ['12 per cent', '3 percent']],
    ['une hausse de 12 pour cent, soit 8,5 %', ['12 pour cent', '8,5 %']],
    ['um 7,2 Prozent gestiegen', ['7,2 Prozent']],
    ['物価は12％上昇し、25パーセントに達した', ['12％', '25パーセント']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'percent')).toEqual(expected);
  });

  it.each([['12 percentage'], ['per cent alone'], ['A12%B']])('finds none in %s', (text) => {
    expect(spans(text, 'percent')).toEqual([]);
  });
});
