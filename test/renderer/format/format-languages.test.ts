import { describe, expect, it } from 'vitest';
import { formatLanguageShares } from '../../../renderer/src/format/format-meta';

const nbsp = (text: string) => text.replace(/ %/g, '\u00a0%');

describe('formatLanguageShares', () => {
  it.each([
    [
      [
        ['de', 0.82],
        ['en', 0.18],
      ],
      'DE 82 % · EN 18 %',
      'German 82 %, English 18 %',
    ],
    [
      [
        ['ja', 0.9],
        ['en', 0.07],
        ['zh', 0.03],
      ],
      'JA 90 % · EN 7 % · ZH 3 %',
      'Japanese 90 %, English 7 %, Chinese 3 %',
    ],
    [
      [
        ['fr', 0.667],
        ['pt', 0.333],
      ],
      'FR 67 % · PT 33 %',
      'French 67 %, Portuguese 33 %',
    ],
  ] as const)('%j', (parts, short, long) => {
    const languages = parts.map(([lang, share]) => ({ lang, share }));
    expect(formatLanguageShares(languages, 'en')).toEqual({ short: nbsp(short), long: nbsp(long) });
  });
});
