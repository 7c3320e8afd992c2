import type { ReactNode, RefObject } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { Documents } from '../state/use-documents';
import type { CodebookPanelProps } from './CodebookPanel';
import { CodebookPanel } from './CodebookPanel';
import { DocumentList } from './DocumentList';
import { EmptyWorkspace } from './EmptyWorkspace';

export type SidebarProps = {
  documents: Documents;
  selectedId: string | null;
  onSelect(id: string): void;
  listRef: RefObject<HTMLDivElement | null>;
  onImportFiles(): void;
  onImportFolder(): void;
  codebook: CodebookPanelProps;
  /** The search panel, shown instead of the documents while it is open. */
  search?: ReactNode;
};

/** The left column: the documents, and below them the codebook. */
export function Sidebar({
  documents,
  selectedId,
  onSelect,
  listRef,
  codebook,
  search,
  ...imports
}: SidebarProps) {
  const list: DocumentSummary[] = documents.documents;
  return (
    <nav className="sidebar" aria-label="Corpus">
      {documents.status === 'error' && (
        <div role="alert" className="list-error">
          The documents could not be listed: {documents.error}{' '}
          <button type="button" className="button button-quiet" onClick={() => void documents.reload()}>
            Retry
          </button>
        </div>
      )}
      {search ?? null}
      {search ? null : documents.status === 'ready' && list.length === 0 ? (
        <EmptyWorkspace
          onImportFiles={imports.onImportFiles}
          onImportFolder={imports.onImportFolder}
          focusRef={listRef}
        />
      ) : (
        <DocumentList documents={list} selectedId={selectedId} onSelect={onSelect} listRef={listRef} />
      )}
      <CodebookPanel {...codebook} />
    </nav>
  );
}
