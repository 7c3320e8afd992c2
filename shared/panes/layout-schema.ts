import { z } from 'zod';
import type { PaneLayout, PaneNode } from './pane-layout';

const paneId = z.string().regex(/^[ps][0-9]{1,3}$/, 'a pane id is p or s and a number');
// Document ids are hex hashes; the check is loose here so a layout never fails over one id
// (restoreLayout drops ids the workspace does not know).
const docId = z.string().min(1).max(128).nullable();

// At most four panes, so never more than three splits deep; the cap keeps a hostile file from
// nesting without end.
function nodeSchema(depth: number): z.ZodType<PaneNode> {
  const leaf = z.object({ type: z.literal('pane'), id: paneId, docId }).strict();
  if (depth === 0) return leaf;
  const split = z
    .object({
      type: z.literal('split'),
      id: paneId,
      direction: z.enum(['row', 'column']),
      ratio: z.number().min(0).max(1),
      first: z.lazy(() => nodeSchema(depth - 1)),
      second: z.lazy(() => nodeSchema(depth - 1)),
    })
    .strict();
  return z.union([leaf, split]) as z.ZodType<PaneNode>;
}

export const paneLayoutSchema: z.ZodType<PaneLayout> = z
  .object({ root: nodeSchema(3), activeId: paneId, maximisedId: paneId.nullable() })
  .strict();
