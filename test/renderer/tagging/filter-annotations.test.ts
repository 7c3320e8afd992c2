import { describe, expect, it } from 'vitest';
import { filterAnnotations, firstLine, shorten } from '../../../renderer/src/tagging/filter-annotations';
import { annotation, placed, tag } from '../support/fake-tagging';

const tags = [
  tag({ id: 'claim', name: 'Claim' }),
  tag({ id: 'denial', name: 'Denial', parent: 'claim' }),
  tag({ id: 'actor', name: 'Actor' }),
];
const all = [
  placed(annotation('late', 50, 60, { tagIds: ['actor'], note: 'The minister' })),
  placed(annotation('early', 5, 9, { tagIds: ['denial'] })),
  { ...placed(annotation('lost', 0, 3, { tagIds: ['claim'] })), anchor: { type: 'orphan' as const } },
];

describe('filterAnnotations', () => {
  it.each([
    ['no filter: document order, orphans last', { tagId: '', text: '' }, ['early', 'late', 'lost']],
    ['a parent tag includes its children', { tagId: 'claim', text: '' }, ['early', 'lost']],
    ['a child tag alone', { tagId: 'denial', text: '' }, ['early']],
    ['text matches the note, ignoring case', { tagId: '', text: 'MINISTER' }, ['late']],
    ['text matches tag names', { tagId: '', text: 'denial' }, ['early']],
    ['text matches the quote', { tagId: '', text: 'quote lost' }, ['lost']],
    ['both filters at once', { tagId: 'actor', text: 'denial' }, []],
  ])('%s', (_name, filter, expected) => {
    expect(filterAnnotations(all, tags, filter).map((a) => a.id)).toEqual(expected);
  });
});

describe('filterAnnotations in the workspace-wide view', () => {
  const row = (id: string, documentId: string, documentTitle: string, start: number) => ({
    ...placed(annotation(id, start, start + 3, { documentId })),
    documentTitle,
  });
  const rows = [
    row('b2', 'd2', 'Aides speak', 9),
    row('a1', 'd1', 'Minister denies', 1),
    row('b1', 'd2', 'Aides speak', 2),
  ];

  it('groups rows by document title, then text order', () => {
    expect(filterAnnotations(rows, tags, { tagId: '', text: '' }).map((a) => a.id)).toEqual([
      'b1',
      'b2',
      'a1',
    ]);
  });
});

describe('shorten and firstLine', () => {
  it.each([
    ['short', 20, 'short'],
    ['  spaced\n\nout  ', 20, 'spaced out'],
    ['the quick brown fox jumps over', 20, 'the quick brown fox…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghij…'],
  ])('shorten(%j, %i)', (input, max, expected) => expect(shorten(input, max)).toBe(expected));

  it('takes the first line of a note', () => {
    expect(firstLine('  Why it matters \nmore detail')).toBe('Why it matters');
    expect(firstLine('')).toBe('');
  });
});
