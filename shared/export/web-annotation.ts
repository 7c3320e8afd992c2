import type { Annotation, Tag } from '../domain/codebook';
import type { DocumentSummary } from '../domain/document';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Stable identifiers: a workspace has no web address of its own, so ids are URNs. */
export function annotationIri(id: string): string {
  return `urn:loupe:annotation:${id}`;
}

export function documentIri(document: Pick<DocumentSummary, 'id' | 'url'>): string {
  return document.url ?? `urn:loupe:document:${document.id}`;
}

export interface WebAnnotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  body: Array<{ type: 'TextualBody'; purpose: 'tagging' | 'commenting'; value: string; format?: string }>;
  target: {
    source: string;
    selector: Annotation['selectors'];
  };
}

/**
 * One annotation as a W3C Web Annotation: tags become tagging bodies, the note a commenting
 * body; our selectors already are W3C selectors, so the target is a copy, not a conversion.
 */
export function toWebAnnotation(
  annotation: Annotation,
  document: Pick<DocumentSummary, 'id' | 'url'>,
  tags: ReadonlyMap<string, Tag>,
): WebAnnotation {
  const body: WebAnnotation['body'] = annotation.tagIds.map((tagId) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: tags.get(tagId)?.name ?? tagId,
  }));
  if (annotation.note.trim()) {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: annotation.note,
      format: 'text/markdown',
    });
  }
  return {
    '@context': W3C_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: {
      source: documentIri(document),
      selector: annotation.selectors.map((s) => ({ ...s })) as Annotation['selectors'],
    },
  };
}

/** The whole workspace as one AnnotationCollection with a single page. */
export function toAnnotationCollection(
  label: string,
  items: Array<{ annotation: Annotation; document: Pick<DocumentSummary, 'id' | 'url'> }>,
  tags: readonly Tag[],
) {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const id = `urn:loupe:collection:${encodeURIComponent(label)}`;
  return {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection' as const,
    label,
    total: items.length,
    first: {
      id: `${id}:page1`,
      type: 'AnnotationPage' as const,
      startIndex: 0,
      items: items.map(({ annotation, document }) => toWebAnnotation(annotation, document, byId)),
    },
  };
}
