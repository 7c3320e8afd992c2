import { afterPaint } from '../editing/after-paint';
import type { Viewer } from './editor-actions';

/**
 * About a screen of prose in a pane of a 1400 × 900 window, for when the editor's size is not
 * known. Monaco measures the wrapping of every line of a new text in the DOM before it draws
 * anything (tens of milliseconds for a long article), so a long text goes in as a screenful
 * first (`screenfulChars`) and the rest in steps after the first frame.
 */
export const FIRST_PART = 4000;
const MIN_FIRST_PART = 2000;

/**
 * At most how many characters fill the visible area, with a fifth to spare: prose in a
 * proportional face averages over 0.45 em per character, and the blank lines between
 * paragraphs hold none. Every character past the screen is wrapping measured before the first
 * frame for nothing.
 */
export function screenfulChars(width: number, height: number, fontSize: number, lineHeight: number): number {
  if (!(width > 0 && height > 0 && fontSize > 0 && lineHeight > 0)) return FIRST_PART;
  const lines = Math.ceil(height / lineHeight);
  const perLine = Math.ceil(width / (fontSize * 0.45));
  return Math.max(MIN_FIRST_PART, Math.ceil(lines * perLine * 1.2));
}

/** Where the first part of a text ends: at a line end near FIRST_PART, never inside a surrogate pair. */
export function firstPartEnd(text: string, target = FIRST_PART): number {
  if (text.length <= target * 2) return text.length;
  const newline = text.indexOf('\n', target);
  let cut = newline >= 0 && newline < target * 2 ? newline + 1 : target;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut += 1;
  return cut;
}

/**
 * How long one later step may take. Monaco measures the wrapping of each new line in the DOM, and
 * the first time after a page load that code runs several times slower than later (16,000
 * characters took 65 ms on the first open and 30 ms after), so a fixed step size either stalls
 * the frame that shows the decorated text or crawls once warm. Each step is sized from how fast
 * the last one went.
 */
export const STEP_BUDGET_MS = 6;
/** The first later step, before anything has been timed. */
export const LATER_PART = 3000;
const MIN_PART = 1000;
const MAX_PART = 32000;

/**
 * Characters for the next step: the last step's speed times the budget, at most twice the current
 * size (one fast step may be luck), within MIN_PART and MAX_PART.
 */
export function nextPartSize(
  current: number,
  lastChars: number,
  lastMs: number,
  budgetMs = STEP_BUDGET_MS,
): number {
  // The tail of a text is short and says little about the speed.
  if (lastChars < current / 2) return current;
  if (!(lastMs > 0.5)) return Math.min(MAX_PART, current * 2);
  const scaled = Math.round((lastChars * budgetMs) / lastMs);
  return Math.max(MIN_PART, Math.min(MAX_PART, scaled, current * 2));
}

/**
 * Puts texts into the editor's model in steps: a first part, then the rest a part per task after
 * the first frame. Offsets stay valid throughout, since what is in is always a prefix of the
 * text: anything past `shown()` is simply not there yet.
 */
export function createStagedText(
  editor: Viewer,
  onComplete: () => void,
  font: { fontSize: number; lineHeight: number } = { fontSize: 14, lineHeight: 22 },
) {
  let text = '';
  let shownLength = 0;
  let generation = 0;

  // Kept from one text to the next: the editor's speed, once known, still holds.
  let part = LATER_PART;
  /** Appends up to `limit` more characters; true when the text is then complete. */
  function append(limit: number): boolean {
    const model = editor.getModel();
    if (!model || shownLength >= text.length) return true;
    const end = Math.min(
      text.length,
      firstPartEnd(text.slice(shownLength, shownLength + limit * 2), limit) + shownLength,
    );
    const last = model.getFullModelRange().getEndPosition();
    const at = {
      startLineNumber: last.lineNumber,
      startColumn: last.column,
      endLineNumber: last.lineNumber,
      endColumn: last.column,
    };
    model.applyEdits([{ range: at, text: text.slice(shownLength, end) }]);
    shownLength = end;
    return shownLength >= text.length;
  }

  function next(mine: number) {
    afterPaint(() => {
      if (mine !== generation) return;
      const before = shownLength;
      const started = performance.now();
      const complete = append(part);
      part = nextPartSize(part, shownLength - before, performance.now() - started);
      if (complete) onComplete();
      else next(mine);
    }, 20);
  }

  return {
    /** Shows a new text; returns how much of it is in the model now. */
    show(full: string): number {
      const model = editor.getModel();
      if (!model) return 0;
      const mine = ++generation;
      text = full;
      const layout = editor.getLayoutInfo();
      shownLength = firstPartEnd(
        full,
        screenfulChars(layout.contentWidth, layout.height, font.fontSize, font.lineHeight),
      );
      model.setValue(shownLength < full.length ? full.slice(0, shownLength) : full);
      if (shownLength < full.length) next(mine);
      return shownLength;
    },
    /** Puts all the rest in now (a span past what is in is about to be selected). */
    flush(): boolean {
      if (shownLength >= text.length) return false;
      generation += 1;
      append(text.length);
      onComplete();
      return true;
    },
    /** How many UTF-16 units of the current text are in the model. */
    shown: () => shownLength,
  };
}
