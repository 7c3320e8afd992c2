import { describe, expect, it } from 'vitest';
import { parentChoices, treeMove } from '../../../renderer/src/tagging/tree-moves';
import { tag } from '../support/fake-tagging';

// claim ─ denial ─ hedge
//       └ quote
// actor
const tags = [
  tag({ id: 'claim', name: 'Claim' }),
  tag({ id: 'denial', name: 'Denial', parent: 'claim' }),
  tag({ id: 'hedge', name: 'Hedge', parent: 'denial' }),
  tag({ id: 'quote', name: 'Quote', parent: 'claim' }),
  tag({ id: 'actor', name: 'Actor' }),
];
const byId = (id: string) => tags.find((t) => t.id === id)!;

describe('treeMove', () => {
  it.each([
    ['ArrowUp', 'actor', { type: 'move', index: 0 }],
    ['ArrowUp', 'claim', null],
    ['ArrowDown', 'claim', { type: 'move', index: 1 }],
    ['ArrowDown', 'actor', null],
    ['ArrowUp', 'quote', { type: 'move', index: 0 }],
    ['ArrowRight', 'actor', { type: 'update', after: { parent: 'claim' }, label: 'nest “Actor”' }],
    ['ArrowRight', 'quote', { type: 'update', after: { parent: 'denial' }, label: 'nest “Quote”' }],
    ['ArrowRight', 'denial', null],
    ['ArrowLeft', 'hedge', { type: 'update', after: { parent: 'claim' }, label: 'un-nest “Hedge”' }],
    ['ArrowLeft', 'denial', { type: 'update', after: { parent: null }, label: 'un-nest “Denial”' }],
    ['ArrowLeft', 'actor', null],
    ['Enter', 'actor', null],
  ])('%s on %s', (key, id, expected) => {
    expect(treeMove(key, byId(id), tags)).toEqual(expected);
  });
});

describe('parentChoices', () => {
  it.each([
    ['claim', ['actor']],
    ['denial', ['claim', 'quote', 'actor']],
    ['hedge', ['claim', 'denial', 'quote', 'actor']],
  ])('a tag cannot go under itself or its descendants: %s', (id, expected) => {
    expect(parentChoices(byId(id), tags).map((t) => t.id)).toEqual(expected);
  });

  it('a new tag may go under any tag', () => {
    expect(parentChoices(null, tags)).toHaveLength(tags.length);
  });
});
