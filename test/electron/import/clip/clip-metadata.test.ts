import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../../electron/import/clip/clean-clip';
import { parseDateLine } from '../../../../electron/import/noise/byline';

const BODY_ONE =
  'The harbour authority said on Monday that the new berth for repair ships would open in April, ' +
  'three months earlier than planned, because the dredging contract was finished ahead of time.';
const BODY_TWO = 'Crews now stay for weeks rather than days, because each cable splice is tested twice.';

function meta(text: string, format: 'txt' | 'md' = 'txt') {
  return cleanClip(text, format).meta;
}

describe('cleanClip: title', () => {
  it('takes the headline that repeats over a site ticker in capitals', () => {
    const clip = [
      '+++ THE HARBOUR FORUM TURNS ONE! +++',
      'Berth opens early',
      'Ports desk',
      'Berth opens early',
      BODY_ONE,
      BODY_TWO,
    ].join('\n\n');
    expect(meta(clip).title).toBe('Berth opens early');
  });

  it('never takes a line in capitals or wrapped in +++ as the title', () => {
    expect(meta(`+++ Ferry strike ends +++\n\nBerth opens early\n\n${BODY_ONE}\n`).title).toBe(
      'Berth opens early',
    );
    expect(meta(`BREAKING NEWS FROM THE COAST\n\nBerth opens early\n\n${BODY_ONE}\n`).title).toBe(
      'Berth opens early',
    );
  });

  it('keeps the first line as the title when no line repeats', () => {
    expect(meta(`Berth opens early\n\nA second short line\n\n${BODY_ONE}\n`).title).toBe('Berth opens early');
  });

  it('strips the list marker from a title taken from a bullet line', () => {
    expect(meta(`- Berth opens early\n- Crews stay for weeks\n${BODY_ONE}\n`).title).toBe(
      'Berth opens early',
    );
    expect(meta(`* Berth opens early\n\n${BODY_ONE}\n`, 'md').title).toBe('Berth opens early');
  });
});

describe('cleanClip: byline with a weekday date', () => {
  it('reads "Name Weekday, date von Name" as author and date, and drops the line', () => {
    const cleaned = cleanClip(
      `Liegeplatz öffnet früher\n\nDr. Jana Berger Dienstag, 11. Juli 2023 von Dr. Jana Berger\n\n${BODY_ONE}\n`,
      'txt',
    );
    expect(cleaned.meta.author).toBe('Dr. Jana Berger');
    expect(cleaned.meta.published).toBe('2023-07-11');
    expect(cleaned.text).not.toContain('Dienstag');
  });

  it.each([
    [
      'Dr. Jana Berger Dienstag, 11. Juli 2023',
      { iso: '2023-07-11', updated: false, author: 'Dr. Jana Berger' },
    ],
    ['Jane Roe | July 11, 2023', { iso: '2023-07-11', updated: false, author: 'Jane Roe' }],
    // a dateline place, not an author
    ['Brussels, July 11, 2023', null],
    ['Brussels Tuesday, July 11, 2023', null],
    // two different names around the date: not a byline
    ['Anna Berg Dienstag, 11. Juli 2023 von Max Muster', null],
    ['The ship left Tuesday, July 11, 2023', null],
  ])('parseDateLine("%s")', (line, expected) => {
    expect(parseDateLine(line, null)).toEqual(expected);
  });
});
