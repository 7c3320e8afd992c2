import { describe, expect, it } from 'vitest';
import { spans } from './spans';

describe('date', () => {
  it.each([
    // Full dates come from shared/text/dates, weekday joined when it comes first.
    ['On Tuesday, 11 July 2023, they met.', 'en', ['Tuesday, 11 July 2023']],
    ['Signed on July 11, 2023 and again on 2024-03-05.', 'en', ['July 11, 2023', '2024-03-05']],
    ['le mardi 11 juillet 2023 à Paris', 'fr', ['mardi 11 juillet 2023']],
    ['Am Dienstag, 11. Juli 2023, traf er', 'de', ['Dienstag, 11. Juli 2023']],
    ['2023年7月11日に発表', 'ja', ['2023年7月11日']],
    // Forms the shared parser does not read.
    ['a summit on 13 July in Brussels', 'en', ['13 July']],
    ['on April 10 in Tokyo', 'en', ['April 10']],
    ['by March 2024', 'en', ['March 2024']],
    ['le 13 juillet et le 1er août', 'fr', ['13 juillet', '1er août']],
    ['Am 13. Juli starteten sie', 'de', ['13. Juli']],
    ['the talks on Friday', 'en', ['Friday']],
    ['jeudi à Paris', 'fr', ['jeudi']],
    ['社長は9月6日、語った', 'ja', ['9月6日']],
    ['首相は13日、出席した', 'ja', ['13日']],
    ['2023年9月に', 'ja', ['2023年9月']],
    // A sentence's full stop is not an abbreviation dot.
    ['They met on 11 July.', 'en', ['11 July']],
    // Many dates in one text: the shared parser is walked through all of them.
    ['1 May 2023, 2 June 2023 and 3 July 2023', 'en', ['1 May 2023', '2 June 2023', '3 July 2023']],
  ])('%s', (text, lang, expected) => {
    expect(spans(text, 'date', lang)).toEqual(expected);
  });

  it.each([['you may 5 times'], ['3日間の会議'], ['Article 5 applies']])('finds none in %s', (text) => {
    expect(spans(text, 'date')).toEqual([]);
  });

  it('finds dates far apart in a long text', () => {
    const filler = 'No date here at all. '.repeat(200);
    const text = `${filler}Signed on 11 July 2023.${filler}Ratified on 5 March 2024.`;
    expect(spans(text, 'date', 'en')).toEqual(['11 July 2023', '5 March 2024']);
  });
});
