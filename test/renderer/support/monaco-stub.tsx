import { useEffect, useRef, useState } from 'react';
import type { MonacoViewProps } from '../../../renderer/src/components/MonacoView';
import type { MonacoNoteInputProps } from '../../../renderer/src/components/MonacoNoteInput';
import type { TextSpan } from '../../../renderer/src/state/use-tagging';
import type { DecorationSpec } from '../../../renderer/src/tagging/decorations';

/** What the analyst "selected" in the stubbed text; set it with `selectText`. */
let selected: { start: number; end: number } | null = null;
/** Spans the app asked the editor to select (reveal), newest last. */
export const revealed: { start: number; end: number }[] = [];

export function selectText(start: number, end: number): void {
  selected = end > start ? { start, end } : null;
}

/** Where the caret is, for the suggestion keys; `placeCursor` also tells the app it moved. */
let caret = 0;
let onCursor: ((offset: number) => void) | undefined;

export function placeCursor(offset: number): void {
  caret = offset;
  onCursor?.(offset);
}

export function resetStub(): void {
  selected = null;
  caret = 0;
  revealed.length = 0;
}

/**
 * Stands in for the Monaco wrapper: real Monaco needs canvas and layout that happy-dom lacks,
 * and is tested in Chromium instead. Use with
 * `vi.mock('<path>/renderer/src/components/MonacoView', () => import('<path>/support/monaco-stub'))`.
 * Digits typed on the text tag the `selectText` span, a right-click stands for "Tag selection
 * as…", `k`/`b` keep or drop it (corrections), and decorations (annotations, suggestions,
 * passages in another language) are listed as plain items.
 */
export function MonacoView({
  text,
  ariaLabel,
  handleRef,
  decorations,
  onTagKey,
  onTagMenu,
  suggestions,
  onSuggestionKey,
  onCursor: cursorMoved,
  onReady,
  onCorrectionKey,
  passages,
}: MonacoViewProps) {
  onCursor = cursorMoved;
  const span = (): TextSpan | null =>
    selected ? { ...selected, exact: text.slice(selected.start, selected.end) } : null;

  useEffect(() => {
    if (!handleRef) return;
    handleRef.current = {
      focus: () => undefined,
      selection: span,
      select: (start, end) => {
        revealed.push({ start, end });
      },
    };
    return () => {
      handleRef.current = null;
    };
  });

  // The real editor says so once it is mounted (it loads lazily).
  const ready = useRef(onReady);
  useEffect(() => ready.current?.(), []);

  // Like the real editor's drawAhead: a span a digit tagged shows at once, until the next list.
  // Each is drawn over the list of its time and hidden as soon as another list is rendered, not
  // one effect later: between that render and the effect, a test would see it twice.
  const [ahead, setAhead] = useState<{ spec: DecorationSpec; over: typeof decorations }[]>([]);
  useEffect(() => setAhead([]), [decorations]);
  const drawnAhead = ahead.filter((a) => a.over === decorations).map((a) => a.spec);

  // The real editor is mounted before any text is there; tests wait for the text itself.
  if (text === '') return null;
  return (
    <>
      <pre
        data-testid="source-text"
        aria-label={ariaLabel}
        tabIndex={0}
        onContextMenu={(event) => {
          const current = span();
          event.preventDefault();
          if (current) onTagMenu?.(current);
        }}
        onKeyDown={(event) => {
          const current = span();
          const used = /^[1-9]$/.test(event.key) && current ? onTagKey?.(event.key, current) : false;
          if (used && typeof used === 'object')
            setAhead((drawn) => [...drawn, { spec: used, over: decorations }]);
          else if (/^[kb]$/i.test(event.key) && current)
            onCorrectionKey?.(/k/i.test(event.key) ? 'keep' : 'boilerplate', current);
          else if (!used && ['a', 'x', 'Enter'].includes(event.key)) onSuggestionKey?.(event.key, caret);
        }}
      >
        {text}
      </pre>
      <ul data-testid="decorations">
        {[...(decorations ?? []), ...drawnAhead].map((d) => (
          <li key={d.id} className={d.className} title={d.hover}>
            {text.slice(d.start, d.end)}
          </li>
        ))}
      </ul>
      <ul data-testid="suggestions">
        {(suggestions ?? []).map((d) => (
          <li key={d.id} className={d.className} title={d.hover}>
            {text.slice(d.start, d.end)}
          </li>
        ))}
      </ul>
      {/* Passages in another language: the real editor draws a line in the margin, titled so. */}
      <ul data-testid="language-passages">
        {(passages ?? []).map((d) => (
          <li key={d.id} className={d.className} title={d.label}>
            {text.slice(d.start, d.end)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Stands in for the note's small Monaco editor: a text area with the same callbacks. */
export function MonacoNoteInput(props: MonacoNoteInputProps) {
  const { value, revision, ariaLabel, onChange, onBlur, onLeave, focus, onFocused } = props;
  const [text, setText] = useState(value);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(value), [value, revision]);
  useEffect(() => {
    if (!focus) return;
    area.current?.focus();
    onFocused?.();
  }, [focus, onFocused]);
  return (
    <textarea
      ref={area}
      aria-label={ariaLabel}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value);
      }}
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onLeave?.();
      }}
    />
  );
}
