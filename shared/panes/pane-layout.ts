/**
 * The reading panes as a tree of splits: each split cuts its area in two along one axis at
 * `ratio`, each leaf is a pane showing one document (or none). Pure data and functions, so the
 * window, the store and the tests share them.
 */

export interface PaneLeaf {
  type: 'pane';
  /** Stable for the pane's life: the window keeps one editor per pane id. */
  id: string;
  docId: string | null;
}

export interface PaneSplit {
  type: 'split';
  id: string;
  /** 'row' puts `first` left of `second`; 'column' puts it above. */
  direction: 'row' | 'column';
  /** The share of the area `first` takes. */
  ratio: number;
  first: PaneNode;
  second: PaneNode;
}

export type PaneNode = PaneLeaf | PaneSplit;

export interface PaneLayout {
  root: PaneNode;
  activeId: string;
  /** The pane shown over the whole area, or null. */
  maximisedId: string | null;
}

/** Where a new pane goes next to an existing one (a drop on that edge, or split right/down). */
export type PaneEdge = 'left' | 'right' | 'top' | 'bottom';

export type LayoutChange = { ok: true; layout: PaneLayout } | { ok: false; reason: string };

/** Four panes of prose is already narrow on a laptop; the issue asks for at most four. */
export const MAX_PANES = 4;
/** No pane narrower than this share of its split: its header and a few words stay readable. */
export const MIN_RATIO = 0.15;
export const MAX_RATIO = 1 - MIN_RATIO;

export function singlePane(docId: string | null = null, id = 'p1'): PaneLayout {
  return { root: { type: 'pane', id, docId }, activeId: id, maximisedId: null };
}

/** The panes in reading order (left to right, top to bottom within each split). */
export function panesOf(node: PaneNode): PaneLeaf[] {
  return node.type === 'pane' ? [node] : [...panesOf(node.first), ...panesOf(node.second)];
}

export function findPane(layout: PaneLayout, paneId: string): PaneLeaf | undefined {
  return panesOf(layout.root).find((pane) => pane.id === paneId);
}

export function activePane(layout: PaneLayout): PaneLeaf {
  return findPane(layout, layout.activeId) ?? panesOf(layout.root)[0]!;
}

export function clampRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return 0.5;
  return Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio));
}

/** The lowest unused number after a prefix, so ids stay short and never collide. */
function freshId(root: PaneNode, prefix: 'p' | 's'): string {
  const used = new Set<string>();
  const walk = (node: PaneNode) => {
    used.add(node.id);
    if (node.type === 'split') {
      walk(node.first);
      walk(node.second);
    }
  };
  walk(root);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

function mapNode(node: PaneNode, change: (node: PaneNode) => PaneNode | null): PaneNode {
  const changed = change(node);
  if (changed) return changed;
  if (node.type === 'pane') return node;
  return { ...node, first: mapNode(node.first, change), second: mapNode(node.second, change) };
}

/** Opens a new pane beside `paneId` showing `docId`; the new pane becomes active. */
export function splitPane(
  layout: PaneLayout,
  paneId: string,
  edge: PaneEdge,
  docId: string | null,
): LayoutChange {
  if (panesOf(layout.root).length >= MAX_PANES)
    return { ok: false, reason: `At most ${MAX_PANES} panes fit side by side; close one first.` };
  if (!findPane(layout, paneId)) return { ok: false, reason: `There is no pane ${paneId}.` };
  const added: PaneLeaf = { type: 'pane', id: freshId(layout.root, 'p'), docId };
  const splitId = freshId(layout.root, 's');
  const root = mapNode(layout.root, (node) => {
    if (node.type !== 'pane' || node.id !== paneId) return null;
    const before = edge === 'left' || edge === 'top';
    return {
      type: 'split',
      id: splitId,
      direction: edge === 'left' || edge === 'right' ? 'row' : 'column',
      ratio: 0.5,
      first: before ? added : node,
      second: before ? node : added,
    };
  });
  return { ok: true, layout: { root, activeId: added.id, maximisedId: null } };
}

/** Removes a pane; its sibling takes the split's place. The last pane is emptied instead. */
export function closePane(layout: PaneLayout, paneId: string): PaneLayout {
  if (layout.root.type === 'pane')
    return layout.root.id === paneId ? { ...layout, root: { ...layout.root, docId: null } } : layout;
  let sibling: PaneNode | null = null;
  const root = mapNode(layout.root, (node) => {
    if (node.type !== 'split') return null;
    if (node.first.type === 'pane' && node.first.id === paneId) return (sibling = node.second);
    if (node.second.type === 'pane' && node.second.id === paneId) return (sibling = node.first);
    return null;
  });
  if (!sibling) return layout;
  const remaining = panesOf(root);
  const keepsActive = layout.activeId !== paneId && remaining.some((p) => p.id === layout.activeId);
  return {
    root,
    activeId: keepsActive ? layout.activeId : panesOf(sibling)[0]!.id,
    maximisedId: layout.maximisedId === paneId ? null : layout.maximisedId,
  };
}

export function resizeSplit(layout: PaneLayout, splitId: string, ratio: number): PaneLayout {
  const root = mapNode(layout.root, (node) =>
    node.type === 'split' && node.id === splitId ? { ...node, ratio: clampRatio(ratio) } : null,
  );
  return { ...layout, root };
}

export function showDocument(layout: PaneLayout, paneId: string, docId: string | null): PaneLayout {
  const root = mapNode(layout.root, (node) =>
    node.type === 'pane' && node.id === paneId ? { ...node, docId } : null,
  );
  return { ...layout, root };
}

export function activate(layout: PaneLayout, paneId: string): PaneLayout {
  if (layout.activeId === paneId || !findPane(layout, paneId)) return layout;
  // Moving to a hidden pane while one is maximised would leave the keyboard in the dark.
  const maximisedId = layout.maximisedId === null ? null : paneId;
  return { ...layout, activeId: paneId, maximisedId };
}

export function toggleMaximised(layout: PaneLayout, paneId: string): PaneLayout {
  if (!findPane(layout, paneId)) return layout;
  return { ...layout, activeId: paneId, maximisedId: layout.maximisedId === paneId ? null : paneId };
}

/** The pane `step` places after the active one in reading order, wrapping round. */
export function neighbour(layout: PaneLayout, step: 1 | -1): string {
  const panes = panesOf(layout.root);
  const at = Math.max(
    0,
    panes.findIndex((p) => p.id === layout.activeId),
  );
  return panes[(at + step + panes.length) % panes.length]!.id;
}

/**
 * Up to four documents side by side: one row for two or three, a two-by-two grid for four.
 * Existing pane ids are reused first, so their editors are kept rather than created again.
 */
export function sideBySide(docIds: readonly string[], reuse: readonly string[] = []): PaneLayout {
  const docs = docIds.slice(0, MAX_PANES);
  if (docs.length === 0) return singlePane(null, reuse[0] ?? 'p1');
  const ids = [...new Set(reuse)].slice(0, docs.length);
  for (let n = 1; ids.length < docs.length; n += 1) if (!ids.includes(`p${n}`)) ids.push(`p${n}`);
  const leaves: PaneLeaf[] = docs.map((docId, index) => ({ type: 'pane', id: ids[index]!, docId }));
  const split = (id: string, direction: 'row' | 'column', ratio: number, first: PaneNode, second: PaneNode) =>
    ({ type: 'split', id, direction, ratio, first, second }) as PaneSplit;
  const [a, b, c, d] = leaves;
  const root =
    leaves.length === 1
      ? a!
      : leaves.length === 2
        ? split('s1', 'row', 0.5, a!, b!)
        : leaves.length === 3
          ? split('s1', 'row', 1 / 3, a!, split('s2', 'row', 0.5, b!, c!))
          : split('s1', 'row', 0.5, split('s2', 'column', 0.5, a!, c!), split('s3', 'column', 0.5, b!, d!));
  return { root, activeId: a!.id, maximisedId: null };
}

export interface PaneRect {
  /** Fractions of the whole area, 0–1. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface SplitterPlace {
  split: PaneSplit;
  /** The area the split divides; the splitter sits at `ratio` across it. */
  area: PaneRect;
}

/**
 * Where each pane and splitter goes, as fractions of the area. The window places every pane
 * absolutely from this, in one flat list keyed by pane id, so a split or a close never moves
 * an editor to another parent element (which would create it again and lose its scroll).
 */
export function placeLayout(root: PaneNode): { panes: Map<string, PaneRect>; splitters: SplitterPlace[] } {
  const panes = new Map<string, PaneRect>();
  const splitters: SplitterPlace[] = [];
  const walk = (node: PaneNode, area: PaneRect) => {
    if (node.type === 'pane') {
      panes.set(node.id, area);
      return;
    }
    splitters.push({ split: node, area });
    if (node.direction === 'row') {
      const w = area.width * node.ratio;
      walk(node.first, { ...area, width: w });
      walk(node.second, { ...area, left: area.left + w, width: area.width - w });
    } else {
      const h = area.height * node.ratio;
      walk(node.first, { ...area, height: h });
      walk(node.second, { ...area, top: area.top + h, height: area.height - h });
    }
  };
  walk(root, { left: 0, top: 0, width: 1, height: 1 });
  return { panes, splitters };
}

/** Which edge of a pane a point is near (the outer quarter), or null for the middle. */
export function edgeAt(x: number, y: number): PaneEdge | null {
  const distances: [PaneEdge, number][] = [
    ['left', x],
    ['right', 1 - x],
    ['top', y],
    ['bottom', 1 - y],
  ];
  const [edge, distance] = distances.reduce((best, next) => (next[1] < best[1] ? next : best));
  return distance < 0.25 ? edge : null;
}

/**
 * A saved layout made safe to show: documents no longer in the workspace are dropped (their
 * pane stays, empty), ratios are clamped, and the active and maximised panes exist.
 * Returns null for a layout with too many panes or repeated ids, which the window replaces.
 */
export function restoreLayout(saved: PaneLayout, known: ReadonlySet<string>): PaneLayout | null {
  const panes = panesOf(saved.root);
  if (panes.length > MAX_PANES) return null;
  const ids: string[] = [];
  const collect = (node: PaneNode) => {
    ids.push(node.id);
    if (node.type === 'split') {
      collect(node.first);
      collect(node.second);
    }
  };
  collect(saved.root);
  if (new Set(ids).size !== ids.length) return null;
  const root = mapNode(saved.root, (node) =>
    node.type === 'pane'
      ? { ...node, docId: node.docId !== null && known.has(node.docId) ? node.docId : null }
      : null,
  );
  const clamped = mapNode(root, (node) =>
    node.type === 'split'
      ? { ...node, ratio: clampRatio(node.ratio), first: clampAll(node.first), second: clampAll(node.second) }
      : null,
  );
  const exists = (id: string | null) => id !== null && panes.some((p) => p.id === id);
  return {
    root: clamped,
    activeId: exists(saved.activeId) ? saved.activeId : panes[0]!.id,
    maximisedId: exists(saved.maximisedId) ? saved.maximisedId : null,
  };
}

function clampAll(node: PaneNode): PaneNode {
  return node.type === 'pane'
    ? node
    : { ...node, ratio: clampRatio(node.ratio), first: clampAll(node.first), second: clampAll(node.second) };
}
