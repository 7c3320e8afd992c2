import { describe, expect, it } from 'vitest';
import {
  adjacentPassage,
  hasLanguage,
  otherLanguagePassages,
  otherLanguages,
} from '../../../shared/text/language-passages';

// A German article with an English statement in two places and a French line.
const MIXED = {
  lang: 'de',
  languages: [
    {
      lang: 'de',
      share: 0.8,
      ranges: [
        [0, 100],
        [140, 300],
      ] as [number, number][],
    },
    {
      lang: 'en',
      share: 0.15,
      ranges: [
        [300, 340],
        [101, 139],
      ] as [number, number][],
    },
    {
      lang: 'fr',
      share: 0.05,
      ranges: [
        [400, 420],
        [420, 420],
      ] as [number, number][],
    },
  ],
};

describe('passages in another language', () => {
  it('lists the other languages and their passages in text order, leaving out empty ranges', () => {
    expect(otherLanguages(MIXED)).toEqual(['en', 'fr']);
    expect(otherLanguagePassages(MIXED)).toEqual([
      { lang: 'en', start: 101, end: 139 },
      { lang: 'en', start: 300, end: 340 },
      { lang: 'fr', start: 400, end: 420 },
    ]);
  });

  it('takes the largest language as the own one when the metadata names none', () => {
    const unknown = { ...MIXED, lang: null };
    expect(otherLanguages(unknown)).toEqual(['en', 'fr']);
    expect(otherLanguagePassages(unknown).map((p) => p.start)).toEqual([101, 300, 400]);
  });

  it('marks the largest language too when the metadata names another one', () => {
    // A Word file whose properties say English while most of its text is German.
    expect(otherLanguages({ ...MIXED, lang: 'en' })).toEqual(['de', 'fr']);
  });

  it('has nothing for a document in one language or stored before languages were detected', () => {
    expect(otherLanguages({ lang: 'de' })).toEqual([]);
    expect(otherLanguagePassages({ lang: 'de' })).toEqual([]);
    expect(adjacentPassage([], 10, 'next')).toBeNull();
  });

  it('tells whether a document is in a language or has a passage in it', () => {
    expect([hasLanguage(MIXED, 'de'), hasLanguage(MIXED, 'fr'), hasLanguage(MIXED, 'ja')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(hasLanguage({ lang: 'ja' }, 'ja')).toBe(true);
  });

  it.each([
    ['next', 0, 101],
    ['next', 101, 300],
    ['next', 150, 300],
    ['next', 400, 101],
    ['next', 1000, 101],
    ['previous', 1000, 400],
    ['previous', 400, 300],
    ['previous', 320, 300],
    ['previous', 101, 400],
    ['previous', 0, 400],
  ] as const)('jumps %s from offset %i to the passage at %i, wrapping round', (direction, offset, start) => {
    expect(adjacentPassage(otherLanguagePassages(MIXED), offset, direction)?.start).toBe(start);
  });
});
