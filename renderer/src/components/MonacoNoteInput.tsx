import '../monaco/setup-monaco';
import { Editor } from '@monaco-editor/react';
import type { OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { useColorScheme } from '../state/use-color-scheme';

export type MonacoNoteInputProps = {
  /** The note to show: read at first, and again each time `revision` changes. */
  value: string;
  /** Bumped when the note changed from outside (undo, another window). */
  revision: number;
  ariaLabel: string;
  onChange(value: string): void;
  /** Focus left the editor: save now. */
  onBlur(): void;
  /** Escape: hand the keyboard back to the list the note belongs to. */
  onLeave?(): void;
  /** Take the keyboard once the editor exists; then `onFocused`. */
  focus?: boolean;
  onFocused?(): void;
};

// One object for the component's life: @monaco-editor/react calls updateOptions on every new one.
const OPTIONS = {
  wordWrap: 'on',
  wrappingStrategy: 'advanced',
  minimap: { enabled: false },
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  lineDecorationsWidth: 6,
  lineNumbersMinChars: 0,
  renderLineHighlight: 'none',
  scrollBeyondLastLine: false,
  overviewRulerLanes: 0,
  hideCursorInOverviewRuler: true,
  scrollbar: { vertical: 'auto', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
  stickyScroll: { enabled: false },
  links: false,
  quickSuggestions: false,
  suggestOnTriggerCharacters: false,
  wordBasedSuggestions: 'off',
  occurrencesHighlight: 'off',
  unicodeHighlight: { invisibleCharacters: true, ambiguousCharacters: false, nonBasicASCII: false },
  automaticLayout: true,
  tabFocusMode: true,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  fontSize: 13,
  lineHeight: 20,
  padding: { top: 6, bottom: 6 },
} as const;

/**
 * The note of an annotation, in a small Monaco editor with Markdown colouring: its own undo
 * (Ctrl/Cmd+Z here undoes typing, not tagging), Tab leaves the field, Escape goes back to the list.
 */
export function MonacoNoteInput(props: MonacoNoteInputProps) {
  const { value, revision, ariaLabel, focus = false } = props;
  const [mounted, setMounted] = useState(false);
  const colorScheme = useColorScheme();
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!focus || !mounted) return;
    editorRef.current?.focus();
    latest.current.onFocused?.();
  }, [focus, mounted]);

  // A change from outside replaces the text (as one step of the editor's own undo).
  const applied = useRef(revision);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || applied.current === revision) return;
    applied.current = revision;
    if (editor.getValue() !== value) editor.setValue(value);
  }, [value, revision]);

  const onMount: OnMount = (editor, monaco) => {
    editorRef.current = editor;
    editor.updateOptions({ ariaLabel });
    editor.onDidChangeModelContent(() => latest.current.onChange(editor.getValue()));
    editor.onDidBlurEditorText(() => latest.current.onBlur());
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => latest.current.onLeave?.(),
      // Escape still closes Monaco's own find widget or hover first.
      '!findWidgetVisible && !editorHoverVisible',
    );
    setMounted(true);
  };

  return (
    <div className="note-monaco">
      <Editor
        defaultValue={value}
        language="markdown"
        theme={colorScheme === 'dark' ? 'vs-dark' : 'vs'}
        options={OPTIONS}
        onMount={onMount}
        loading={<p className="pane-note">Opening the note…</p>}
      />
    </div>
  );
}
