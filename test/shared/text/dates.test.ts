import { describe, expect, it } from 'vitest';
import { findDate, normalizeDate, parseDate } from '../../../shared/text/dates';

describe('parseDate', () => {
  it.each([
    // English
    ['July 11, 2023', '2023-07-11'],
    ['Tuesday, July 11th, 2023', '2023-07-11'],
    ['Jul. 11, 2023', '2023-07-11'],
    ['11 July 2023', '2023-07-11'],
    ['Sept 3 2024', '2024-09-03'],
    // French
    ['le 11 juillet 2023', '2023-07-11'],
    ['mardi 1er août 2023', '2023-08-01'],
    ['6 déc. 2024', '2024-12-06'],
    // German
    ['Dienstag, 11. Juli 2023', '2023-07-11'],
    ['5. März 2024', '2024-03-05'],
    ['3. Jänner 2024', '2024-01-03'],
    // Spanish
    ['11 de julio de 2023', '2023-07-11'],
    ['7 de marzo del 2024', '2024-03-07'],
    // Italian
    ['11 luglio 2023', '2023-07-11'],
    ['8 marzo 2024', '2024-03-08'],
    // Portuguese and Dutch
    ['5 de setembro de 2023', '2023-09-05'],
    ['12 mei 2023', '2023-05-12'],
    // Japanese, Chinese, Korean
    ['2023年7月11日', '2023-07-11'],
    ['2024年 3月 9日 10時30分', '2024-03-09'],
    ['2023년 7월 11일', '2023-07-11'],
    // Numeric
    ['2023-07-11', '2023-07-11'],
    ['2023/7/11', '2023-07-11'],
    ['11.07.2023', '2023-07-11'],
    ['11.07.23', '2023-07-11'],
    ['25/12/2023', '2023-12-25'],
    ['12/25/2023', '2023-12-25'],
    // Embedded in a sentence: the first date wins
    ['Updated on 12 July 2023, first published July 11, 2023', '2023-07-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['ISO date-time with offset', '2023-07-11T09:30:00+02:00', '2023-07-11T09:30:00+02:00'],
    ['ISO date-time in UTC', '2023-07-11T09:30:00Z', '2023-07-11T09:30:00Z'],
    ['ISO with a space', '2023-07-11 09:30', '2023-07-11T09:30'],
    ['ISO with fractions', '2023-07-11T09:30:00.000Z', '2023-07-11T09:30:00.000Z'],
  ])('keeps %s as precise as written', (_name, text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['no date', 'The ministry said on Tuesday'],
    ['a month word that is not a month', '11 Julius 2023'],
    ['an impossible day', 'February 30, 2023'],
    ['an impossible month', '2023-13-01'],
    ['a version number', 'version 1.2.3'],
    ['a year alone', 'in 2023'],
    ['a phone number', '0171 234 5678'],
  ])('finds nothing in %s', (_name, text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads an ambiguous numeric date month-first only in English', () => {
    expect(parseDate('07/11/2023')).toBe('2023-11-07');
    expect(parseDate('07/11/2023', { lang: 'en' })).toBe('2023-07-11');
    expect(parseDate('07.11.2023', { lang: 'en' })).toBe('2023-11-07');
  });

  it('knows leap years', () => {
    expect(parseDate('29 February 2024')).toBe('2024-02-29');
    expect(parseDate('29 February 2023')).toBeNull();
  });
});

describe('findDate', () => {
  it('says where the date is', () => {
    expect(findDate('Par Claire Dubois, le 11 juillet 2023')).toEqual({
      iso: '2023-07-11',
      start: 22,
      end: 37,
    });
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2023-07-11T09:30:00+02:00', '2023-07-11T09:30:00+02:00'],
    ['  2023-07-11  ', '2023-07-11'],
    ['20230711', '2023-07-11'],
    ['Tue, 11 Jul 2023 09:30:00 GMT', '2023-07-11'],
    ['11 juillet 2023', '2023-07-11'],
    ['soon', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%s → %s', (value, iso) => {
    expect(normalizeDate(value)).toBe(iso);
  });
});
