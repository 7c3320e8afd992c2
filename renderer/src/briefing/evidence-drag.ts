import type { DragEvent } from 'react';

/** The drag type of an annotation row; only briefing drop targets accept it. */
export const ANNOTATION_DRAG_TYPE = 'application/x-loupe-annotation';

export interface DraggedAnnotation {
  id: string;
  documentId: string;
}

export function startAnnotationDrag(event: DragEvent, annotation: DraggedAnnotation): void {
  event.dataTransfer.setData(
    ANNOTATION_DRAG_TYPE,
    JSON.stringify({ id: annotation.id, documentId: annotation.documentId }),
  );
  event.dataTransfer.setData('text/plain', annotation.id);
  event.dataTransfer.effectAllowed = 'copy';
}

export function carriesAnnotation(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes(ANNOTATION_DRAG_TYPE);
}

/** The dropped annotation, or null for anything else (a file, text from another app). */
export function droppedAnnotation(event: DragEvent): DraggedAnnotation | null {
  try {
    const parsed: unknown = JSON.parse(event.dataTransfer.getData(ANNOTATION_DRAG_TYPE));
    if (
      parsed &&
      typeof parsed === 'object' &&
      typeof (parsed as DraggedAnnotation).id === 'string' &&
      typeof (parsed as DraggedAnnotation).documentId === 'string'
    )
      return { id: (parsed as DraggedAnnotation).id, documentId: (parsed as DraggedAnnotation).documentId };
  } catch {
    // Not ours.
  }
  return null;
}
