import type { AnnotationApi, TagMatchesResult } from '../../shared/contract/api';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { WorkspaceStore } from '../store/workspace-store';
import { newAnnotationId } from './annotation-service';
import { describeRange } from '../../shared/anchoring/describe';
import type { Annotation } from '../../shared/domain/codebook';

export type TagMatchesRequest = Parameters<AnnotationApi['tagMatches']>[0];

/** A match of the pattern; an empty match (`a*`) tags nothing. */
export function findMatches(text: string, pattern: RegExp): { start: number; end: number }[] {
  return [...text.matchAll(pattern)]
    .filter((m) => m[0].length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function compilePattern(match: string, regex: boolean): Result<RegExp> {
  try {
    return ok(new RegExp(regex ? match : match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'));
  } catch (error) {
    return fail('bad-pattern', `Not a valid regular expression: ${(error as Error).message}`);
  }
}

/**
 * Tags every occurrence of a text or pattern in one document or the whole corpus. A span that
 * already carries the same tags is left alone, so running it twice adds nothing.
 */
export async function tagMatches(
  store: WorkspaceStore,
  request: TagMatchesRequest,
): Promise<Result<TagMatchesResult>> {
  const pattern = compilePattern(request.match, request.regex);
  if (!pattern.ok) return pattern;
  const known = new Set(store.codebook.data.tags.map((t) => t.id));
  const missing = request.tagIds.filter((id) => !known.has(id));
  if (missing.length) return fail('unknown-tag', `No tag with id ${missing.join(', ')} in the codebook.`);
  const documents = request.documentId
    ? [store.summary(request.documentId)].filter((d) => d !== undefined)
    : store.listDocuments();
  if (request.documentId && documents.length === 0)
    return fail('not-found', 'That document is not in the workspace.');
  const result: TagMatchesResult = { total: 0, documents: [] };
  for (const document of documents) {
    const stored = await store.getDocument(document.id);
    if (!stored.ok) continue;
    const already = new Set(
      (await store.annotations.list(document.id))
        .filter((a) => request.tagIds.every((t) => a.tagIds.includes(t)))
        .map((a) => `${a.selectors[0].start}:${a.selectors[0].end}`),
    );
    const spans = findMatches(stored.value.text, pattern.value).filter(
      (s) => !already.has(`${s.start}:${s.end}`),
    );
    if (spans.length === 0) continue;
    let ids: string[] = [];
    if (!request.preview) {
      const now = new Date().toISOString();
      const made: Annotation[] = spans.flatMap((span) => {
        const selectors = describeRange(stored.value.text, span.start, span.end);
        if (!selectors) return [];
        return [
          {
            id: newAnnotationId(),
            documentId: document.id,
            tagIds: [...request.tagIds],
            note: request.note ?? '',
            confidence: null,
            links: [],
            created: now,
            modified: now,
            selectors,
          },
        ];
      });
      await store.annotations.change(document.id, (list) => list.push(...made));
      ids = made.map((a) => a.id);
    }
    result.documents.push({
      documentId: document.id,
      title: document.title,
      matches: spans.length,
      created: ids,
    });
    result.total += spans.length;
  }
  return ok(result);
}
