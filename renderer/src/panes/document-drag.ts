import type { DragEvent } from 'react';

/** The drag type of a document-list row; the reading panes accept it. */
export const DOCUMENT_DRAG_TYPE = 'application/x-loupe-document';

export function startDocumentDrag(event: DragEvent, documentId: string): void {
  event.dataTransfer.setData(DOCUMENT_DRAG_TYPE, documentId);
  event.dataTransfer.effectAllowed = 'copy';
}

/** True while a document row is dragged (the id itself is only readable on drop). */
export function carriesDocument(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes(DOCUMENT_DRAG_TYPE);
}

export function droppedDocument(event: DragEvent): string | null {
  const id = event.dataTransfer.getData(DOCUMENT_DRAG_TYPE);
  return /^[\w-]{1,128}$/.test(id) ? id : null;
}
