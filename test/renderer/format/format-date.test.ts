import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../../renderer/src/format/format-date';

describe('formatPublished', () => {
  it.each([
    [null, 'date', ''],
    ['2024', 'date', '2024'],
    ['2024-03', 'date', 'March 2024'],
    // Date-only values stay on their day in every time zone.
    ['2024-03-05', 'date', '5 Mar 2024'],
    ['2024-03-05T12:00:00Z', 'date', '5 Mar 2024'],
    ['last Tuesday', 'date', 'last Tuesday'],
    ['2024-13-45', 'date', '2024-13-45'],
    ['Juni 2024', 'date', 'Juni 2024'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', 'date', 'Tue, 05 Mar 2024 10:00:00 GMT'],
  ] as const)('%s → %s', (value, detail, expected) => {
    expect(formatPublished(value, detail, 'en-GB')).toBe(expected);
  });

  it('adds the time when asked and the source has one', () => {
    expect(formatPublished('2024-03-05T12:00:00Z', 'date-time', 'en-GB')).toMatch(/^5 Mar 2024, \d\d:\d\d$/);
  });
});
