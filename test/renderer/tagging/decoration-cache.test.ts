import { describe, expect, it } from 'vitest';
import { createDecorationCache, decorationSpecs } from '../../../renderer/src/tagging/decorations';
import { annotation, placed, tag } from '../support/fake-tagging';

const tags = [tag({ id: 'claim', name: 'Claim' }), tag({ id: 'actor', name: 'Actor' })];
const many = Array.from({ length: 1000 }, (_, i) => placed(annotation(`a${i}`, i * 10, i * 10 + 5)));

describe('createDecorationCache', () => {
  it('keeps every unchanged spec when one annotation is added, and gives the same specs', () => {
    const specs = createDecorationCache();
    const before = specs(many, tags);
    const added = placed(annotation('new', 20_000, 20_004));
    const after = specs([...many, added], tags);
    expect(after.slice(0, 1000).every((spec, i) => spec === before[i])).toBe(true);
    expect(after).toEqual(decorationSpecs([...many, added], tags));
  });

  it.each([
    [
      'the active annotation changes',
      (s: ReturnType<typeof createDecorationCache>) => s(many, tags, 'a3'),
      1,
    ],
    ['the codebook changes', (s: ReturnType<typeof createDecorationCache>) => s(many, [...tags]), 1000],
    [
      'a span now overlaps another (its layer moves)',
      (s: ReturnType<typeof createDecorationCache>) => s([placed(annotation('wide', 0, 25)), ...many], tags),
      3,
    ],
  ])('builds new specs only where needed: %s', (_, change, rebuilt) => {
    const specs = createDecorationCache();
    const before = new Set(specs(many, tags));
    const after = change(specs);
    expect(after.filter((spec) => !before.has(spec)).length).toBe(rebuilt + (after.length - 1000));
  });
});
