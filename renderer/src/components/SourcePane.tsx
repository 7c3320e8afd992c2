import { useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useConnection } from '../connection';
import type { ColorScheme } from '../state/use-color-scheme';
import { useDocument } from '../state/use-document';
import { DocumentHeader } from './DocumentHeader';
import type { FocusHandle } from './MonacoView';
import { MonacoView } from './MonacoView';

export type SourcePaneProps = {
  /** The selected document as the list knows it; null when nothing is selected. */
  summary: DocumentSummary | null;
  colorScheme: ColorScheme;
  handleRef?: Ref<FocusHandle>;
};

/**
 * One document: its metadata from the list at once, its clean text once loaded. The editor
 * stays mounted while the selection moves, since creating a Monaco editor per row is slow.
 */
export function SourcePane({ summary, colorScheme, handleRef }: SourcePaneProps) {
  const { api } = useConnection();
  const state = useDocument(api, summary?.id ?? null);
  const region = useRef<HTMLElement>(null);
  const editor = useRef<FocusHandle | null>(null);

  useImperativeHandle(handleRef, () => ({
    focus: () => (editor.current ?? region.current)?.focus(),
  }));

  if (!summary) {
    return (
      <section ref={region} className="pane pane-empty" aria-label="Source" tabIndex={-1}>
        <p className="pane-note">Select a document to read its text.</p>
      </section>
    );
  }

  const title = summary.title || summary.file;
  const loaded = state.status === 'ready' && state.document.id === summary.id ? state.document : null;
  const failed = state.status === 'error' && state.id === summary.id ? state.message : null;

  return (
    <section ref={region} className="pane" aria-label={title} aria-busy={!loaded && !failed} tabIndex={-1}>
      <DocumentHeader summary={summary} warnings={loaded?.warnings ?? null} />
      {failed ? (
        <div role="alert" className="pane-error">
          <strong>The text could not be opened.</strong> {failed}
        </div>
      ) : (
        <div className="pane-text">
          {!loaded && <p className="pane-note pane-loading">Loading the text…</p>}
          <MonacoView
            text={loaded?.text ?? ''}
            colorScheme={colorScheme}
            ariaLabel={`Text of ${title}`}
            handleRef={editor}
          />
        </div>
      )}
    </section>
  );
}
