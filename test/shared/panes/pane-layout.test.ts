import { describe, expect, it } from 'vitest';
import type { PaneLayout } from '../../../shared/panes/pane-layout';
import {
  MAX_RATIO,
  MIN_RATIO,
  activate,
  closePane,
  edgeAt,
  neighbour,
  panesOf,
  placeLayout,
  resizeSplit,
  restoreLayout,
  sideBySide,
  singlePane,
  splitPane,
  toggleMaximised,
} from '../../../shared/panes/pane-layout';
import { paneLayoutSchema } from '../../../shared/panes/layout-schema';

function split(layout: PaneLayout, paneId: string, edge: 'left' | 'right' | 'top' | 'bottom', docId: string) {
  const change = splitPane(layout, paneId, edge, docId);
  if (!change.ok) throw new Error(change.reason);
  return change.layout;
}

const docsOf = (layout: PaneLayout) => panesOf(layout.root).map((p) => `${p.id}:${p.docId}`);

describe('splitPane', () => {
  it.each([
    ['right', 'row', ['p1:a', 'p2:b']],
    ['left', 'row', ['p2:b', 'p1:a']],
    ['bottom', 'column', ['p1:a', 'p2:b']],
    ['top', 'column', ['p2:b', 'p1:a']],
  ] as const)('on the %s edge makes a %s split in reading order', (edge, direction, order) => {
    const layout = split(singlePane('a'), 'p1', edge, 'b');
    expect(layout.root).toMatchObject({ type: 'split', direction, ratio: 0.5 });
    expect(docsOf(layout)).toEqual(order);
    expect(layout.activeId).toBe('p2');
  });

  it('refuses a fifth pane with a reason', () => {
    let layout = singlePane('a');
    for (const doc of ['b', 'c', 'd']) layout = split(layout, layout.activeId, 'right', doc);
    expect(panesOf(layout.root)).toHaveLength(4);
    const fifth = splitPane(layout, 'p1', 'bottom', 'e');
    expect(fifth).toEqual({ ok: false, reason: 'At most 4 panes fit side by side; close one first.' });
  });

  it('gives every new pane and split an unused id', () => {
    let layout = split(split(singlePane('a'), 'p1', 'right', 'b'), 'p1', 'bottom', 'c');
    layout = closePane(layout, 'p2');
    layout = split(layout, 'p3', 'right', 'd');
    expect(panesOf(layout.root).map((p) => p.id)).toEqual(['p1', 'p3', 'p2']);
    const { splitters } = placeLayout(layout.root);
    expect(new Set(splitters.map((s) => s.split.id)).size).toBe(splitters.length);
  });
});

describe('closePane', () => {
  it('lets the sibling take the split place and moves the active pane to it', () => {
    const layout = split(split(singlePane('a'), 'p1', 'right', 'b'), 'p2', 'bottom', 'c');
    const closed = closePane(layout, 'p3');
    expect(docsOf(closed)).toEqual(['p1:a', 'p2:b']);
    expect(closed.activeId).toBe('p2');
    expect(closePane(closed, 'p1')).toEqual({ ...closed, root: { type: 'pane', id: 'p2', docId: 'b' } });
  });

  it('keeps the active pane when another closes, and empties the last pane instead of removing it', () => {
    const layout = activate(split(singlePane('a'), 'p1', 'right', 'b'), 'p1');
    expect(closePane(layout, 'p2').activeId).toBe('p1');
    expect(closePane(singlePane('a'), 'p1')).toEqual(singlePane(null));
  });

  it('drops the maximised state of the pane it closes', () => {
    const layout = toggleMaximised(split(singlePane('a'), 'p1', 'right', 'b'), 'p2');
    expect(layout.maximisedId).toBe('p2');
    expect(closePane(layout, 'p2').maximisedId).toBeNull();
  });
});

describe('resizeSplit', () => {
  it.each([
    [0.3, 0.3],
    [0, MIN_RATIO],
    [-4, MIN_RATIO],
    [1, MAX_RATIO],
    [Number.NaN, 0.5],
  ])('asked for %s keeps %s', (asked, kept) => {
    const layout = resizeSplit(split(singlePane('a'), 'p1', 'right', 'b'), 's1', asked);
    expect(layout.root.type === 'split' && layout.root.ratio).toBe(kept);
  });
});

describe('placeLayout', () => {
  it('places a two-by-two grid in quarters with a splitter per split', () => {
    const { panes, splitters } = placeLayout(sideBySide(['a', 'b', 'c', 'd']).root);
    expect(Object.fromEntries(panes)).toEqual({
      p1: { left: 0, top: 0, width: 0.5, height: 0.5 },
      p3: { left: 0, top: 0.5, width: 0.5, height: 0.5 },
      p2: { left: 0.5, top: 0, width: 0.5, height: 0.5 },
      p4: { left: 0.5, top: 0.5, width: 0.5, height: 0.5 },
    });
    expect(splitters.map((s) => [s.split.id, s.split.direction])).toEqual([
      ['s1', 'row'],
      ['s2', 'column'],
      ['s3', 'column'],
    ]);
  });
});

describe('sideBySide', () => {
  it.each([
    [[], ['p1:null']],
    [['a'], ['p1:a']],
    [
      ['a', 'b', 'c'],
      ['p1:a', 'p2:b', 'p3:c'],
    ],
    [
      ['a', 'b', 'c', 'd', 'e'],
      ['p1:a', 'p3:c', 'p2:b', 'p4:d'],
    ],
  ])('shows %j', (docs, expected) => {
    expect(docsOf(sideBySide(docs))).toEqual(expected);
  });

  it('reuses the given pane ids first, so their editors stay', () => {
    const layout = sideBySide(['a', 'b', 'c'], ['p3', 'p1']);
    expect(docsOf(layout)).toEqual(['p3:a', 'p1:b', 'p2:c']);
    expect(layout.activeId).toBe('p3');
  });
});

describe('focus moves', () => {
  it('cycles through the panes in reading order', () => {
    const layout = sideBySide(['a', 'b', 'c']);
    expect(neighbour(layout, 1)).toBe('p2');
    expect(neighbour(layout, -1)).toBe('p3');
    expect(neighbour(activate(layout, 'p3'), 1)).toBe('p1');
  });

  it('moves the maximised state along with the active pane, so the active one is always shown', () => {
    const layout = toggleMaximised(sideBySide(['a', 'b']), 'p1');
    expect(activate(layout, 'p2')).toMatchObject({ activeId: 'p2', maximisedId: 'p2' });
    expect(toggleMaximised(layout, 'p1').maximisedId).toBeNull();
  });
});

describe('edgeAt', () => {
  it.each([
    [0.05, 0.5, 'left'],
    [0.95, 0.5, 'right'],
    [0.5, 0.1, 'top'],
    [0.5, 0.9, 'bottom'],
    [0.5, 0.5, null],
    [0.3, 0.6, null],
  ])('at (%s, %s) is %s', (x, y, edge) => {
    expect(edgeAt(x, y)).toBe(edge);
  });
});

describe('restoreLayout', () => {
  const known = new Set(['a', 'b']);

  it('drops documents the workspace no longer has and keeps their panes empty', () => {
    const saved = { ...sideBySide(['a', 'gone', 'b']), activeId: 'p2' };
    const restored = restoreLayout(saved, known)!;
    expect(docsOf(restored)).toEqual(['p1:a', 'p2:null', 'p3:b']);
    expect(restored.activeId).toBe('p2');
  });

  it('falls back to the first pane for an unknown active or maximised pane, and clamps ratios', () => {
    const saved: PaneLayout = {
      ...resizeSplit(sideBySide(['a', 'b']), 's1', 0.5),
      activeId: 'p9',
      maximisedId: 'p8',
    };
    const skewed = { ...saved, root: { ...saved.root, ratio: 0.01 } } as PaneLayout;
    expect(restoreLayout(skewed, known)).toMatchObject({
      activeId: 'p1',
      maximisedId: null,
      root: { ratio: MIN_RATIO },
    });
  });

  it('refuses repeated ids', () => {
    const saved = sideBySide(['a', 'b']);
    const twice = {
      ...saved,
      root: { ...saved.root, second: { type: 'pane', id: 'p1', docId: 'b' } },
    } as PaneLayout;
    expect(restoreLayout(twice, known)).toBeNull();
  });
});

describe('paneLayoutSchema', () => {
  it('accepts the layouts the functions make', () => {
    for (const layout of [singlePane(), sideBySide(['a', 'b', 'c']), sideBySide(['a', 'b', 'c', 'd'])])
      expect(paneLayoutSchema.safeParse(layout).success).toBe(true);
  });

  it.each([
    ['an unknown field', { ...singlePane('a'), extra: 1 }],
    ['a bad id', { ...singlePane('a'), activeId: '../x' }],
    ['a ratio past 1', { ...sideBySide(['a', 'b']), root: { ...sideBySide(['a', 'b']).root, ratio: 2 } }],
    ['nesting deeper than four panes can need', nest(5)],
  ])('refuses %s', (_name, value) => {
    expect(paneLayoutSchema.safeParse(value).success).toBe(false);
  });
});

function nest(depth: number): unknown {
  let node: unknown = { type: 'pane', id: 'p1', docId: null };
  for (let n = 0; n < depth; n += 1)
    node = { type: 'split', id: `s${n + 1}`, direction: 'row', ratio: 0.5, first: node, second: node };
  return { root: node, activeId: 'p1', maximisedId: null };
}
