import type { LoupeApi, TagRemoval } from '../../../shared/contract/api';
import type {
  Annotation,
  AnnotationLink,
  Confidence,
  PlacedAnnotation,
  Tag,
} from '../../../shared/domain/codebook';
import type { Result } from '../../../shared/domain/result';
import type { SaveTracker } from './save-tracker';
import type { UndoEntry } from './undo-stack';

/** What an undo entry needs: the API, the save counter, and a way to tell the views. */
export interface EditingContext {
  api: LoupeApi;
  track: SaveTracker['track'];
  /** Annotations of one document were put back (placed) or taken away (ids). */
  annotationsChanged(documentId: string, change: { placed?: PlacedAnnotation[]; removed?: string[] }): void;
  /** The codebook changed, and with a tag removal or restore possibly many annotations. */
  codebookChanged(): void;
}

export type TagChoice = 'remove' | 'untag' | { reassignTo: string };
export type AnnotationFields = {
  note?: string;
  tagIds?: string[];
  confidence?: Confidence | null;
  links?: AnnotationLink[];
};
export type TagFields = {
  name?: string;
  color?: string;
  parent?: string | null;
  description?: string;
  shortcut?: string | null;
};

/** Turns a failed Result into a throw, which the undo stack reports and recovers from. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The entry is pushed before the host answers; undo waits for the answer (null: it failed). */
export function annotationCreated(
  ctx: EditingContext,
  documentId: string,
  created: Promise<PlacedAnnotation | null>,
  label: string,
): UndoEntry {
  let removed: Annotation[] = [];
  return {
    label,
    async undo() {
      const annotation = await created;
      if (!annotation) return;
      removed = unwrap(await ctx.track(ctx.api.annotations.remove({ documentId, ids: [annotation.id] })));
      ctx.annotationsChanged(documentId, { removed: [annotation.id] });
    },
    async redo() {
      if (removed.length === 0) return;
      const placed = unwrap(
        await ctx.track(ctx.api.annotations.restore({ documentId, annotations: removed })),
      );
      ctx.annotationsChanged(documentId, { placed });
    },
  };
}

export function annotationsRemoved(
  ctx: EditingContext,
  documentId: string,
  removed: Annotation[],
): UndoEntry {
  const ids = removed.map((a) => a.id);
  return {
    label: removed.length === 1 ? 'delete annotation' : `delete ${removed.length} annotations`,
    async undo() {
      const placed = unwrap(
        await ctx.track(ctx.api.annotations.restore({ documentId, annotations: removed })),
      );
      ctx.annotationsChanged(documentId, { placed });
    },
    async redo() {
      unwrap(await ctx.track(ctx.api.annotations.remove({ documentId, ids })));
      ctx.annotationsChanged(documentId, { removed: ids });
    },
  };
}

export function annotationUpdated(
  ctx: EditingContext,
  documentId: string,
  id: string,
  before: AnnotationFields,
  after: AnnotationFields,
  label: string,
): UndoEntry {
  async function apply(fields: AnnotationFields) {
    const placed = unwrap(await ctx.track(ctx.api.annotations.update({ documentId, id, ...fields })));
    ctx.annotationsChanged(documentId, { placed: [placed] });
  }
  return { label, undo: () => apply(before), redo: () => apply(after) };
}

export function tagCreated(ctx: EditingContext, tag: Tag): UndoEntry {
  let removal: TagRemoval | null = null;
  return {
    label: `new tag “${tag.name}”`,
    async undo() {
      removal = unwrap(await ctx.track(ctx.api.codebook.remove({ id: tag.id, annotations: 'untag' })));
      ctx.codebookChanged();
    },
    async redo() {
      if (removal) unwrap(await ctx.track(ctx.api.codebook.restore({ removal })));
      ctx.codebookChanged();
    },
  };
}

export function tagUpdated(
  ctx: EditingContext,
  id: string,
  before: TagFields,
  after: TagFields,
  label: string,
) {
  async function apply(fields: TagFields) {
    unwrap(await ctx.track(ctx.api.codebook.update({ id, ...fields })));
    ctx.codebookChanged();
  }
  return { label, undo: () => apply(before), redo: () => apply(after) } satisfies UndoEntry;
}

export function tagRemoved(ctx: EditingContext, tag: Tag, first: TagRemoval, choice: TagChoice): UndoEntry {
  let removal = first;
  return {
    label: `delete tag “${tag.name}”`,
    async undo() {
      unwrap(await ctx.track(ctx.api.codebook.restore({ removal })));
      ctx.codebookChanged();
    },
    async redo() {
      removal = unwrap(await ctx.track(ctx.api.codebook.remove({ id: tag.id, annotations: choice })));
      ctx.codebookChanged();
    },
  };
}

/** Moves a tag among its siblings; undo puts it back at its old index. */
export function tagMoved(ctx: EditingContext, tag: Tag, from: number, to: number): UndoEntry {
  async function move(index: number) {
    unwrap(await ctx.track(ctx.api.codebook.move({ id: tag.id, index })));
    ctx.codebookChanged();
  }
  return { label: `move “${tag.name}”`, undo: () => move(from), redo: () => move(to) };
}
