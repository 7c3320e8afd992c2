import { describe, expect, it } from 'vitest';
import { assignLayers, decorationSpecs, escapeMarkdown } from '../../../renderer/src/tagging/decorations';
import { safeColor, tagClassName, tagStyleSheet } from '../../../renderer/src/tagging/tag-styles';
import { annotation, placed, tag } from '../support/fake-tagging';

const tags = [tag({ id: 'claim', name: 'Claim', color: '#E4572E' }), tag({ id: 'actor', name: 'Actor' })];

describe('assignLayers', () => {
  it.each([
    [
      'disjoint spans share layer 0',
      [
        [0, 5],
        [5, 9],
      ],
      [0, 0],
    ],
    [
      'a nested span goes one layer up',
      [
        [0, 20],
        [4, 8],
      ],
      [0, 1],
    ],
    [
      'three overlapping spans use three layers',
      [
        [0, 20],
        [2, 18],
        [4, 8],
      ],
      [0, 1, 2],
    ],
    [
      'a freed layer is reused',
      [
        [0, 10],
        [2, 4],
        [5, 8],
      ],
      [0, 1, 1],
    ],
  ])('%s', (_name, spans, expected) => {
    const input = spans.map(([start, end], i) => ({ id: `s${i}`, start: start!, end: end! }));
    const layers = assignLayers(input);
    expect(input.map((s) => layers.get(s.id))).toEqual(expected);
  });
});

describe('decorationSpecs', () => {
  it('draws anchored spans in their tag colour with plain-text hovers; orphans are left out', () => {
    const specs = decorationSpecs(
      [
        placed(annotation('a', 0, 10, { note: 'Said **twice** <b>here</b>' })),
        { ...placed(annotation('b', 2, 6, { tagIds: ['actor', 'claim'] })) },
        { ...placed(annotation('c', 30, 40)), anchor: { type: 'orphan' } },
      ],
      tags,
      'b',
    );
    expect(specs).toEqual([
      {
        id: 'a',
        start: 0,
        end: 10,
        className: 'loupe-tag lt-claim-l0',
        hover: 'Claim\n\nSaid \\*\\*twice\\*\\* \\<b\\>here\\</b\\>',
        color: '#e4572e',
      },
      {
        id: 'b',
        start: 2,
        end: 6,
        className: 'loupe-tag lt-actor-l1 loupe-tag-active',
        hover: 'Actor, Claim',
        color: '#e4572e',
      },
    ]);
  });

  it('uses a neutral class for an annotation whose tags were all deleted', () => {
    const [spec] = decorationSpecs([placed(annotation('a', 0, 3, { tagIds: ['gone'] }))], tags);
    expect(spec).toMatchObject({ className: 'loupe-tag loupe-untagged-l0', hover: 'Deleted tag' });
  });
});

describe('tag styles', () => {
  it.each([
    ['#12abEF', '#12abef'],
    ['red; background: url(x)', '#888888'],
    ['#fff', '#888888'],
  ])('safeColor(%j) is %j', (input, expected) => expect(safeColor(input)).toBe(expected));

  it('makes class names safe for any id and a rule per tag and layer', () => {
    expect(tagClassName('a b.c', 7)).toBe('loupe-tag lt-a_20b_2ec-l2');
    const css = tagStyleSheet([tag({ id: 'x', color: '#ff0000' })]);
    expect(css).toContain(
      '.lt-x-l0 { background-color: rgba(255, 0, 0, 0.22); border-bottom: 2px solid #ff0000; }',
    );
    expect(css).toContain('.lt-x-l2 {');
  });

  it('escapes every markdown character', () => {
    expect(escapeMarkdown('[a](javascript:x) `c` # _i_')).toBe(
      '\\[a\\]\\(javascript:x\\) \\`c\\` \\# \\_i\\_',
    );
  });
});
