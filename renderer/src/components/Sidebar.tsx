import type { ReactNode, RefObject } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { Documents } from '../state/use-documents';
import type { CodebookPanelProps } from './CodebookPanel';
import { CodebookPanel } from './CodebookPanel';
import type { DocumentView } from '../state/use-document-filter';
import { DocumentFilters } from './DocumentFilters';
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
  /** The list's sort and filters; the list shows `view.shown`. */
  view: DocumentView;
  /** The search panel, shown instead of the documents while it is open. */
  search?: ReactNode;
  /** Opens the stories view (from the story filter). */
  onShowStories?(storyId: string | null): void;
};

/** The left column: the documents (or the search panel), and below them the codebook. */
export function Sidebar(props: SidebarProps) {
  const { documents, selectedId, onSelect, listRef, codebook, view, search, onShowStories, ...imports } =
    props;
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
        <>
          <DocumentFilters documents={list} tags={codebook.tags} view={view} onShowStories={onShowStories} />
          <DocumentList
            documents={view.shown}
            selectedId={selectedId}
            onSelect={onSelect}
            listRef={listRef}
          />
          {list.length > 0 && view.shown.length === 0 && (
            <p className="pane-note">No document matches the filters.</p>
          )}
        </>
      )}
      <CodebookPanel {...codebook} />
    </nav>
  );
}
