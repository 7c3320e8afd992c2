import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../shared/suggest/types';
import { suggestionAt, tagForKind, unannotated } from '../../../renderer/src/tagging/suggestions';
import { annotation, placed, tag } from '../support/fake-tagging';

const sample = ['Person', 'Organisation', 'Country', 'Figure / amount', 'Date / event', 'Claim'].map((name) =>
  tag({ id: name, name }),
);

describe('tagForKind', () => {
  it.each([
    ['person', sample, 'Person'],
    ['organisation', sample, 'Organisation'],
    ['organisation', [tag({ id: 'o', name: 'ORGANIZATION' })], 'ORGANIZATION'],
    ['place', sample, 'Country'],
    ['place', [tag({ id: 'l', name: 'location' })], 'location'],
    ['money', sample, 'Figure / amount'],
    ['percent', [tag({ id: 'm', name: 'Amount' })], 'Amount'],
    ['date', sample, 'Date / event'],
    ['date', [tag({ id: 'd', name: 'Date' }), tag({ id: 'e', name: 'Event' })], 'Date'],
    ['person', [tag({ id: 'c', name: 'Claim' })], null],
  ] as const)('%s in %j is %j', (kind, tags, expected) => {
    expect(tagForKind(kind, tags)?.name ?? null).toBe(expected);
  });
});

const s = (start: number, end: number): Suggestion => ({
  kind: 'place',
  start,
  end,
  text: 'x'.repeat(end - start),
  confidence: 1,
});

describe('suggestionAt and unannotated', () => {
  it.each([
    [0, [0, 5]],
    [5, [0, 5]],
    [7, null],
    [12, [12, 20]],
    [14, [12, 20]],
  ])('the caret at %i is in %j', (offset, expected) => {
    const found = suggestionAt([s(0, 5), s(10, 12), s(12, 20)], offset);
    expect(found ? [found.start, found.end] : null).toEqual(expected);
  });

  it('drops the suggestions an annotation covers exactly', () => {
    const annotations = [placed(annotation('a', 10, 12)), placed(annotation('b', 0, 4))];
    expect(unannotated([s(0, 5), s(10, 12)], annotations)).toEqual([s(0, 5)]);
  });
});
