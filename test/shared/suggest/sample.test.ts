import { describe, expect, it } from 'vitest';
import { buildSample } from '../../fixtures/suggest/build-sample';
import { loadSample } from '../../bench/suggest-eval';

describe('labelled sample', () => {
  const sample = loadSample();

  it('has its gold offsets pointing at its gold text', () => {
    for (const paragraph of sample) {
      for (const gold of paragraph.gold) {
        expect(paragraph.text.slice(gold.start, gold.end)).toBe(gold.text);
      }
    }
  });

  it('has gold spans sorted and non-overlapping', () => {
    for (const paragraph of sample) {
      paragraph.gold.forEach((gold, i) => {
        if (i > 0) expect(gold.start).toBeGreaterThanOrEqual(paragraph.gold[i - 1]!.end);
      });
    }
  });

  it('is in step with the hand-written paragraphs (rebuild with build-sample.ts)', () => {
    expect(sample).toEqual(buildSample());
  });

  it('covers every language and kind', () => {
    const langs = new Set(sample.map((p) => p.lang));
    const kinds = new Set(sample.flatMap((p) => p.gold.map((g) => g.kind)));
    expect([...langs].sort()).toEqual(['de', 'en', 'fr', 'ja']);
    expect([...kinds].sort()).toEqual(['date', 'money', 'organisation', 'percent', 'person', 'place']);
    for (const lang of langs) expect(sample.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(8);
  });
});
