import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useConnection } from '../connection';
import type { ColorScheme } from '../state/use-color-scheme';
import { useDocument } from '../state/use-document';
import { DocumentHeader } from './DocumentHeader';
import type { TextSpan } from '../state/use-tagging';
import type { DecorationSpec } from '../tagging/decorations';
import type { EditorHandle } from './MonacoView';
import { MonacoView } from './MonacoView';

export type SourcePaneProps = {
  /** The selected document as the list knows it; null when nothing is selected. */
  summary: DocumentSummary | null;
  colorScheme: ColorScheme;
  handleRef?: Ref<EditorHandle>;
  /** The open document's annotations, drawn once its text is shown. */
  decorations?: readonly DecorationSpec[];
  onTagKey?(key: string, span: TextSpan): boolean;
  onTagMenu?(span: TextSpan): void;
  onTagAllMenu?(span: TextSpan | null): void;
  /** A document's text is in the editor, so a span in it can be selected. */
  onShown?(documentId: string): void;
};

/**
 * One document: its metadata from the list at once, its clean text once loaded. The editor
 * stays mounted while the selection moves, since creating a Monaco editor per row is slow.
 */
export function SourcePane(props: SourcePaneProps) {
  const { summary, colorScheme, handleRef, decorations, onTagKey, onTagMenu, onTagAllMenu } = props;
  const { api } = useConnection();
  const state = useDocument(api, summary?.id ?? null);
  const region = useRef<HTMLElement>(null);
  const editor = useRef<EditorHandle | null>(null);

  useImperativeHandle(handleRef, () => ({
    focus: () => (editor.current ?? region.current)?.focus(),
    select: (start, end) => editor.current?.select(start, end),
    selection: () => editor.current?.selection() ?? null,
  }));

  const shownId = state.status === 'ready' ? state.document.id : null;
  const shown = useRef(props.onShown);
  useEffect(() => {
    shown.current = props.onShown;
  });
  // After MonacoView's own effects (children first), so the text is already in the model.
  useEffect(() => {
    if (shownId) shown.current?.(shownId);
  }, [shownId]);

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
            decorations={loaded ? decorations : undefined}
            onTagKey={onTagKey}
            onTagMenu={onTagMenu}
            onTagAllMenu={onTagAllMenu}
          />
        </div>
      )}
    </section>
  );
}
