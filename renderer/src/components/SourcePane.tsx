import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { otherLanguagePassages } from '../../../shared/text/language-passages';
import { passageMarks } from '../monaco/language-marks';
import { useConnection } from '../connection';
import type { ColorScheme } from '../state/use-color-scheme';
import { useDocument } from '../state/use-document';
import { DocumentHeader } from './DocumentHeader';
import type { TextSpan } from '../state/use-tagging';
import type { DecorationSpec } from '../tagging/decorations';
import type { EditorHandle } from './MonacoView';
import { MonacoView, startMonaco } from './LazyMonaco';
import { CorrectionsBar } from './CorrectionsBar';
import { OriginalPaneText } from './OriginalPaneText';
import { ViewToggle } from './ViewToggle';
import { usePaneView } from '../state/use-pane-view';

export type SourcePaneProps = {
  /** The selected document as the list knows it; null when nothing is selected. */
  summary: DocumentSummary | null;
  colorScheme: ColorScheme;
  handleRef?: Ref<EditorHandle>;
  /** The open document's annotations, drawn once its text is shown. */
  decorations?: readonly DecorationSpec[];
  onTagKey?(key: string, span: TextSpan): boolean | DecorationSpec;
  onTagMenu?(span: TextSpan): void;
  onTagAllMenu?(span: TextSpan | null): void;
  /** Suggested annotations, their keys and the caret, handed to the editor as they are. */
  suggestions?: readonly DecorationSpec[];
  onSuggestionKey?(key: string, offset: number): boolean;
  onCursor?(offset: number): void;
  /** Shown between the header and the text (the suggestions bar). */
  toolbar?: ReactNode;
  /** A document's text is in the editor, so a span in it can be selected. */
  onShown?(documentId: string): void;
  /** A correction changed the document's clean text: its annotations were re-anchored. */
  onTextChanged?(documentId: string): void;
  /** Shift+Ctrl/Cmd+O toggles this pane's clean / original view (the active pane's only). */
  viewShortcut?: boolean;
};

/**
 * One document: its metadata from the list at once, its clean text once loaded. The editor
 * stays mounted while the selection moves, since creating a Monaco editor per row is slow.
 */
export function SourcePane(props: SourcePaneProps) {
  const { summary, colorScheme, handleRef, decorations, onTagKey, onTagMenu, onTagAllMenu } = props;
  const { api } = useConnection();
  const [revision, setRevision] = useState(0);
  const state = useDocument(api, summary?.id ?? null, revision);
  if (summary) startMonaco();
  const region = useRef<HTMLElement>(null);
  const editor = useRef<EditorHandle | null>(null);
  const textChanged = useRef(props.onTextChanged);
  useEffect(() => {
    textChanged.current = props.onTextChanged;
  });
  const paneView = usePaneView(
    api,
    summary?.id ?? null,
    () => {
      setRevision((r) => r + 1);
      if (summary) textChanged.current?.(summary.id);
    },
    props.viewShortcut ?? true,
  );
  const original = paneView.mode === 'original';

  useImperativeHandle(handleRef, () => ({
    // The editor exists before any document opens; with none open, the pane itself takes focus.
    focus: () =>
      ((summary ? (original ? paneView.originalEditor : editor).current : null) ?? region.current)?.focus(),
    select: (start, end) => editor.current?.select(start, end),
    selection: () => editor.current?.selection() ?? null,
  }));

  const shownId = state.status === 'ready' ? state.document.id : null;
  const shown = useRef(props.onShown);
  useEffect(() => {
    shown.current = props.onShown;
  });
  // The editor loads lazily: a document can be ready before there is an editor to show it in.
  const [editorReady, setEditorReady] = useState(false);
  // After MonacoView's own effects (children first), so the text is already in the model.
  useEffect(() => {
    if (shownId && editorReady) shown.current?.(shownId);
  }, [shownId, editorReady]);

  const title = summary ? summary.title || summary.file : null;
  const loaded =
    summary && state.status === 'ready' && state.document.id === summary.id ? state.document : null;
  const failed = summary && state.status === 'error' && state.id === summary.id ? state.message : null;
  // Documents imported before languages were detected have none: nothing is marked.
  const passages = useMemo(
    () => (loaded ? passageMarks(otherLanguagePassages(loaded)) : undefined),
    [loaded],
  );

  // One tree whether a document is open or not, so the editor is created once, when the window
  // opens (about 100 ms), and not on the analyst's first click on a document.
  return (
    <section
      ref={region}
      className={summary ? 'pane' : 'pane pane-empty'}
      aria-label={title ?? 'Source'}
      aria-busy={summary ? !loaded && !failed : undefined}
      tabIndex={-1}
    >
      {summary && (
        <DocumentHeader
          summary={summary}
          warnings={loaded?.warnings ?? null}
          languages={summary.languages ?? loaded?.languages}
        />
      )}
      {summary && <ViewToggle mode={paneView.mode} onToggle={paneView.toggle} />}
      {loaded && (
        <CorrectionsBar view={paneView} cleanSelection={() => editor.current?.selection() ?? null} />
      )}
      {loaded && !original && props.toolbar}
      {!summary && <p className="pane-note">Select a document to read its text.</p>}
      {failed && (
        <div role="alert" className="pane-error">
          <strong>The text could not be opened.</strong> {failed}
        </div>
      )}
      {summary && original && (
        <OriginalPaneText view={paneView} colorScheme={colorScheme} title={title ?? ''} />
      )}
      <div className="pane-text" hidden={!summary || failed !== null || original}>
        {summary && !loaded && !failed && <p className="pane-note pane-loading">Loading the text…</p>}
        <MonacoView
          text={loaded?.text ?? ''}
          colorScheme={colorScheme}
          ariaLabel={title ? `Text of ${title}` : 'Text'}
          handleRef={editor}
          decorations={loaded ? decorations : undefined}
          onTagKey={onTagKey}
          onTagMenu={onTagMenu}
          onTagAllMenu={onTagAllMenu}
          suggestions={loaded ? props.suggestions : undefined}
          onSuggestionKey={props.onSuggestionKey}
          onCursor={props.onCursor}
          onReady={() => setEditorReady(true)}
          passages={passages}
          {...paneView.cleanProps}
        />
      </div>
    </section>
  );
}
