import '../monaco/setup-monaco';
import { Editor } from '@monaco-editor/react';
import type { OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { CorrectionAction } from '../../../shared/domain/corrections';
import type { ColorScheme } from '../state/use-color-scheme';
import type { TextSpan } from '../state/use-tagging';
import type { DecorationSpec } from '../tagging/decorations';
import { createDecorationSync } from '../monaco/decoration-sync';
import { createStagedText } from '../monaco/staged-text';
import { warmKeyBindings } from '../monaco/warm-keys';
import {
  installCorrectionActions,
  installTaggingActions,
  rangeOf,
  selectionOf,
} from '../monaco/editor-actions';
import type { Viewer } from '../monaco/editor-actions';
import type { PassageMark } from '../monaco/language-marks';
import { installPassageActions } from '../monaco/passage-actions';

// The note editor is Monaco too; exported from here so component tests stub both at once.
export { MonacoNoteInput } from './MonacoNoteInput';

export interface FocusHandle {
  focus(): void;
}

/** What the rest of the window may do with the text: focus it, select a span, read the selection. */
export interface EditorHandle extends FocusHandle {
  /** Selects and scrolls to a span given as UTF-16 offsets into the text. */
  select(start: number, end: number): void;
  /** The selected span, or null when the selection is empty. */
  selection(): TextSpan | null;
}

export type MonacoViewProps = {
  text: string;
  colorScheme: ColorScheme;
  ariaLabel: string;
  /** Set once the editor exists, so Ctrl/Cmd+2 can put the caret in the text. */
  handleRef?: RefObject<EditorHandle | null>;
  decorations?: readonly DecorationSpec[];
  /**
   * A plain digit 1–9 pressed over a non-empty selection; true when it tagged something, or the
   * span's look, drawn at once (the window's own update follows a frame later).
   */
  onTagKey?(key: string, span: TextSpan): boolean | DecorationSpec;
  /** The context menu's "Tag selection as…". */
  onTagMenu?(span: TextSpan): void;
  /** The context menu's "Tag all occurrences…". */
  onTagAllMenu?(span: TextSpan | null): void;
  /** Proposed annotations, drawn apart from the annotations (no overview ruler). */
  suggestions?: readonly DecorationSpec[];
  /** `a`, Enter or `x` pressed with the caret at this offset; true when it was used. */
  onSuggestionKey?(key: string, offset: number): boolean;
  /** The caret moved to this offset. */
  onCursor?(offset: number): void;
  /** Which extraction corrections the text offers (OriginalView.tsx, corrections hook); none when absent. */
  corrections?: 'clean' | 'original';
  /** `k`/`b` or the context menu over a selection: keep it as article text, or drop it as boilerplate. */
  onCorrectionKey?(action: CorrectionAction, span: TextSpan): boolean;
  /** The editor exists and holds the text (it loads lazily: LazyMonaco.tsx). */
  onReady?(): void;
  /** Passages in another language than the document's: a line in the margin, `L` jumps to them. */
  passages?: readonly PassageMark[];
};

const NO_DECORATIONS: readonly DecorationSpec[] = [];
const NO_PASSAGES: readonly PassageMark[] = [];

// One object for the component's life: @monaco-editor/react calls updateOptions on every new one.
const OPTIONS = {
  readOnly: true,
  domReadOnly: true,
  wordWrap: 'on',
  wrappingStrategy: 'advanced',
  minimap: { enabled: false },
  renderWhitespace: 'none',
  // Invisible characters matter (zero-width joiners hide in copied text); ambiguous and
  // non-ASCII ones would light up every Cyrillic or Greek article, so they stay off.
  unicodeHighlight: { invisibleCharacters: true, ambiguousCharacters: false, nonBasicASCII: false },
  automaticLayout: true,
  // Line numbers are paragraph numbers here: useful when citing a passage.
  lineNumbers: 'on',
  lineNumbersMinChars: 3,
  folding: false,
  glyphMargin: false,
  links: false,
  dragAndDrop: false,
  occurrencesHighlight: 'off',
  renderLineHighlight: 'none',
  scrollBeyondLastLine: false,
  stickyScroll: { enabled: false },
  // Prose has no brackets to pair: parsing a long article for them cost ~18 ms on opening it.
  bracketPairColorization: { enabled: false },
  matchBrackets: 'never',
  guides: { bracketPairs: false, indentation: false, highlightActiveIndentation: false },
  colorDecorators: false,
  codeLens: false,
  quickSuggestions: false,
  wordBasedSuggestions: 'off',
  // News is prose: a proportional face reads better than a code font. Monaco measures
  // proportional text from the DOM, so selection and find stay aligned; 'advanced' wrapping
  // measures it too, where 'simple' assumes monospace and wraps far short of the edge.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  fontSize: 14,
  lineHeight: 22,
  padding: { top: 12, bottom: 12 },
} as const;

/** The only file that touches Monaco; component tests replace it with a plain <pre>. */
export function MonacoView(props: MonacoViewProps) {
  const { text, colorScheme, ariaLabel, handleRef, decorations = NO_DECORATIONS } = props;
  const suggestions = props.suggestions ?? NO_DECORATIONS;
  const passages = props.passages ?? NO_PASSAGES;
  const viewer = useRef<Viewer | null>(null);
  const drawTags = useRef<ReturnType<typeof createDecorationSync> | null>(null);
  const drawSuggestions = useRef<ReturnType<typeof createDecorationSync> | null>(null);
  const drawPassages = useRef<ReturnType<typeof createDecorationSync<PassageMark>> | null>(null);
  const passagesShown = useRef<((count: number) => void) | null>(null);
  const staged = useRef<ReturnType<typeof createStagedText> | null>(null);
  const [mounted, setMounted] = useState(false);
  const correctionMode = useRef<((mode: 'clean' | 'original' | null) => void) | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // The text goes in here rather than through the Editor's `value`, in two steps for a long one
  // (staged-text.ts), and opens at its top, not where the previous one was scrolled to.
  useEffect(() => {
    if (!staged.current) return;
    staged.current.show(text);
    viewer.current?.setScrollPosition({ scrollTop: 0, scrollLeft: 0 });
    viewer.current?.setPosition({ lineNumber: 1, column: 1 });
  }, [text, mounted]);

  useEffect(() => {
    viewer.current?.updateOptions({ ariaLabel });
  }, [ariaLabel]);

  // After the text effect above, so whoever waits for this finds the text in the model.
  useEffect(() => {
    if (mounted) latest.current.onReady?.();
  }, [mounted]);

  useEffect(() => {
    correctionMode.current?.(props.corrections ?? null);
  }, [props.corrections, mounted]);

  useEffect(() => {
    return () => {
      if (handleRef) handleRef.current = null;
    };
  }, [handleRef]);

  // After the text: @monaco-editor/react sets the new value in its own (child) effect first.
  useEffect(() => {
    // Drawn now, in the task of the key press, rather than at Monaco's next animation frame:
    // the span shows in the very next frame (the 16 ms target in `npm run bench`).
    if (drawTags.current?.(decorations, text, staged.current?.shown())) viewer.current?.render();
  }, [decorations, text, mounted]);

  useEffect(() => {
    if (drawSuggestions.current?.(suggestions, text, staged.current?.shown())) viewer.current?.render();
  }, [suggestions, text, mounted]);

  // A handful of ranges per document, drawn at Monaco's own pace: nothing here slows opening it.
  useEffect(() => {
    drawPassages.current?.(passages, text, staged.current?.shown());
    passagesShown.current?.(passages.length);
  }, [passages, text, mounted]);

  const onMount: OnMount = (editor, monaco) => {
    viewer.current = editor;
    // Bracket colouring is the model's own option; the editor's bracketPairColorization is not enough.
    editor.getModel()?.updateOptions({
      bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
    });
    const stickiness = monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges;
    const lane = monaco.editor.OverviewRulerLane.Right;
    // Hover text is escaped markdown (decorations.ts): Monaco shows it as typed, never as HTML.
    const optionsOf = (spec: DecorationSpec) => ({
      inlineClassName: spec.className,
      hoverMessage: { value: spec.hover, isTrusted: false, supportHtml: false },
      stickiness,
      ...(spec.color ? { overviewRuler: { color: spec.color, position: lane } } : {}),
    });
    drawTags.current = createDecorationSync(editor, optionsOf);
    drawSuggestions.current = createDecorationSync(editor, optionsOf);
    // A line in the margin with its own tooltip, no colour on the text: annotations own that.
    drawPassages.current = createDecorationSync<PassageMark>(editor, (mark) => ({
      linesDecorationsClassName: mark.className,
      linesDecorationsTooltip: mark.label,
      stickiness,
      overviewRuler: { color: mark.color, position: monaco.editor.OverviewRulerLane.Left },
    }));
    passagesShown.current = installPassageActions(editor, () => latest.current.passages ?? NO_PASSAGES);
    // The rest of a long text is in: draw the spans that fall in it.
    staged.current = createStagedText(
      editor,
      () => {
        const {
          decorations: tags = NO_DECORATIONS,
          suggestions: proposed = NO_DECORATIONS,
          text: all,
          passages: marks = NO_PASSAGES,
        } = latest.current;
        drawTags.current?.(tags, all);
        drawSuggestions.current?.(proposed, all);
        drawPassages.current?.(marks, all);
      },
      OPTIONS,
    );
    editor.onDidChangeCursorPosition((event) => {
      const model = editor.getModel();
      if (model) latest.current.onCursor?.(model.getOffsetAt(event.position));
    });
    editor.updateOptions({ ariaLabel });
    installTaggingActions(
      editor,
      () => latest.current,
      (spec) => {
        drawTags.current?.drawAhead(spec);
        editor.render();
      },
    );
    correctionMode.current = installCorrectionActions(editor, () => latest.current);
    if (handleRef) {
      handleRef.current = {
        focus: () => editor.focus(),
        selection: () => selectionOf(editor),
        select(start, end) {
          staged.current?.flush();
          const range = rangeOf(editor, start, end);
          if (!range) return;
          editor.setSelection(range);
          editor.revealRangeInCenter(range);
        },
      };
    }
    // After every action above is added: each addition throws the table of bindings away.
    warmKeyBindings(editor);
    setMounted(true);
  };

  return (
    <Editor
      language="plaintext"
      theme={colorScheme === 'dark' ? 'vs-dark' : 'vs'}
      options={OPTIONS}
      onMount={onMount}
      loading={<p className="pane-note">Opening the text…</p>}
    />
  );
}
