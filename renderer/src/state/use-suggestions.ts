import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { PlacedAnnotation } from '../../../shared/domain/codebook';
import type { Suggestion } from '../../../shared/suggest/types';
import type { DecorationSpec } from '../tagging/decorations';
import { sameKindAndText, suggestionAt, suggestionSpecs, unannotated } from '../tagging/suggestions';
import type { SuggestionsView } from '../editing/suggestion-commands';
import { useStoredFlag } from './use-stored-flag';

export interface Suggestions extends SuggestionsView {
  /** The open document's suggestions not yet dismissed nor annotated. */
  shown: Suggestion[];
  /** Their decorations; empty while hidden. */
  specs: readonly DecorationSpec[];
  visible: boolean;
  toggle(): void;
  /** The suggestion the caret is in, when they are shown. */
  current: Suggestion | null;
  onCursor(offset: number): void;
}

const NO_SPECS: readonly DecorationSpec[] = [];
type Loaded = { documentId: string | null; items: Suggestion[] };

/** The open document's suggestions, asked for when it opens, with the caret's one picked out. */
export function useSuggestions(
  api: LoupeApi,
  documentId: string | null,
  annotations: readonly PlacedAnnotation[],
  /** The document's annotations are in: asking before would slow their answer (see below). */
  annotationsReady: boolean,
): Suggestions {
  const [loaded, setLoaded] = useState<Loaded>({ documentId: null, items: [] });
  const [visible, setVisible] = useStoredFlag('loupe.suggestions.visible', true);
  // The suggestion itself, not the offset: moving the caret inside one (or outside all)
  // sets the same value, so the window does not re-render on every arrow key.
  const [caret, setCaret] = useState<Suggestion | null>(null);
  const asked = useRef(0);
  const open = useRef(documentId);
  useEffect(() => {
    open.current = documentId;
  });

  const reload = useCallback(
    async (target: string | null) => {
      const mine = ++asked.current;
      if (!target) {
        setLoaded({ documentId: null, items: [] });
        return;
      }
      const result = await api.annotations.suggest({ documentId: target });
      if (mine !== asked.current) return;
      // A failure only loses the proposals; the text and its annotations are unaffected.
      setLoaded({ documentId: target, items: result.ok ? result.value : [] });
    },
    [api],
  );

  // Finding suggestions costs the host tens of milliseconds on a long text; asked together with
  // the annotations, it delays them, and with them the decorated text the analyst waits for.
  const askedFor = useRef<string | null>(null);
  const askFor = annotationsReady ? documentId : null;
  useEffect(() => {
    if (documentId !== askedFor.current) setCaret(null);
    if (documentId === null || (askFor !== null && askFor !== askedFor.current)) {
      askedFor.current = documentId;
      void reload(documentId);
    }
  }, [documentId, askFor, reload]);

  const items = loaded.documentId === documentId ? loaded.items : null;
  const shown = useMemo(() => (items ? unannotated(items, annotations) : []), [items, annotations]);
  const specs = useMemo(() => (visible ? suggestionSpecs(shown) : NO_SPECS), [visible, shown]);
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = shown;
  });
  const current = visible && caret && shown.includes(caret) ? caret : null;
  const onCursor = useCallback((offset: number) => setCaret(suggestionAt(latest.current, offset)), []);

  const hide = useCallback((target: string, suggestion: Suggestion) => {
    setLoaded((previous) =>
      previous.documentId === target
        ? { ...previous, items: previous.items.filter((s) => !sameKindAndText(s, suggestion)) }
        : previous,
    );
  }, []);

  return {
    shown,
    specs,
    visible,
    toggle: () => setVisible(!visible),
    current,
    onCursor,
    hide,
    reload: (target) => {
      if (target === open.current) void reload(target);
    },
  };
}
