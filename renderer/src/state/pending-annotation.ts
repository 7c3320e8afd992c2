import type { PlacedAnnotation } from '../../../shared/domain/codebook';
import { PENDING } from './use-annotations';

let counter = 0;

/** What the pane shows between a keypress and the host's answer; replaced by the saved one. */
export function pendingAnnotation(
  documentId: string,
  span: { start: number; end: number; exact: string },
  tagIds: string[],
): PlacedAnnotation {
  counter += 1;
  const now = new Date().toISOString();
  return {
    id: `${PENDING}${counter}`,
    documentId,
    tagIds,
    note: '',
    confidence: null,
    links: [],
    created: now,
    modified: now,
    selectors: [
      { type: 'TextPositionSelector', start: span.start, end: span.end },
      { type: 'TextQuoteSelector', exact: span.exact, prefix: '', suffix: '' },
    ],
    anchor: { type: 'anchored', start: span.start, end: span.end, method: 'position' },
  };
}
