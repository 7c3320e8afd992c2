import type { ImportWarning } from '../../shared/domain/document';

const NAMES: Record<string, string> = {
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u061c': 'ARABIC LETTER MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * Zero-width and bidirectional control characters stay in the text (removing them would change
 * what was published, and a joiner can be part of a word), but the analyst is told: they hide
 * text, break searches, and can reverse how a line reads.
 */
export function invisibleCharWarnings(text: string): ImportWarning[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [char] of text.matchAll(INVISIBLE)) {
    counts.set(char, (counts.get(char) ?? 0) + 1);
    total++;
  }
  if (total === 0) return [];
  const list = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([char, count]) =>
        `${count} × U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[char]}`,
    )
    .join(', ');
  const noun = total === 1 ? 'character' : 'characters';
  return [
    {
      code: 'invisible-characters',
      message: `${total} invisible or text-direction ${noun} kept in the text: ${list}`,
    },
  ];
}
