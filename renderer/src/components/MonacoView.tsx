import '../monaco/setup-monaco';
import { Editor } from '@monaco-editor/react';
import type { OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ColorScheme } from '../state/use-color-scheme';

export interface FocusHandle {
  focus(): void;
}

export type MonacoViewProps = {
  text: string;
  colorScheme: ColorScheme;
  ariaLabel: string;
  /** Set once the editor exists, so Ctrl/Cmd+2 can put the caret in the text. */
  handleRef?: RefObject<FocusHandle | null>;
};

type Viewer = Parameters<OnMount>[0];

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
  // News is prose: a proportional face reads better than a code font. Monaco measures
  // proportional text from the DOM, so selection and find stay aligned; 'advanced' wrapping
  // measures it too, where 'simple' assumes monospace and wraps far short of the edge.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  fontSize: 14,
  lineHeight: 22,
  padding: { top: 12, bottom: 12 },
} as const;

/** The only file that touches Monaco; component tests replace it with a plain <pre>. */
export function MonacoView({ text, colorScheme, ariaLabel, handleRef }: MonacoViewProps) {
  const viewer = useRef<Viewer | null>(null);

  // A new document opens at its top, not where the previous one was scrolled to.
  useEffect(() => {
    viewer.current?.setScrollPosition({ scrollTop: 0, scrollLeft: 0 });
    viewer.current?.setPosition({ lineNumber: 1, column: 1 });
  }, [text]);

  useEffect(() => {
    viewer.current?.updateOptions({ ariaLabel });
  }, [ariaLabel]);

  useEffect(() => {
    return () => {
      if (handleRef) handleRef.current = null;
    };
  }, [handleRef]);

  const onMount: OnMount = (editor) => {
    viewer.current = editor;
    editor.updateOptions({ ariaLabel });
    if (handleRef) handleRef.current = editor;
  };

  return (
    <Editor
      value={text}
      language="plaintext"
      theme={colorScheme === 'dark' ? 'vs-dark' : 'vs'}
      options={OPTIONS}
      onMount={onMount}
      loading={<p className="pane-note">Opening the text…</p>}
    />
  );
}
