import type { Tag } from '../../../shared/domain/codebook';

/**
 * Overlapping spans share the text they overlap, and Monaco gives that text one element with
 * every span's class, so two spans that set the same CSS property hide each other. Each layer
 * therefore draws with different properties: a tinted background and underline, then an
 * overline, then a dashed outline.
 */
export const LAYERS = 3;

const FALLBACK = '#888888';

/** Only `#rrggbb` reaches a style sheet; the schema checks it too, this keeps the CSS safe regardless. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : FALLBACK;
}

function cssId(tagId: string): string {
  return tagId.replace(/[^a-zA-Z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`);
}

/** Every decoration has `loupe-tag`, for tests and for rules that apply to all tags. */
export function tagClassName(tagId: string | null, layer: number): string {
  const level = Math.min(LAYERS - 1, Math.max(0, layer));
  return tagId === null ? `loupe-tag loupe-untagged-l${level}` : `loupe-tag lt-${cssId(tagId)}-l${level}`;
}

export function alpha(color: string, opacity: number): string {
  const hex = safeColor(color);
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${opacity})`;
}

function layerRules(selector: string, color: string): string[] {
  const c = safeColor(color);
  return [
    `.${selector}-l0 { background-color: ${alpha(c, 0.22)}; border-bottom: 2px solid ${c}; }`,
    `.${selector}-l1 { border-top: 2px solid ${c}; box-shadow: inset 0 -3px 0 ${alpha(c, 0.5)}; }`,
    `.${selector}-l2 { outline: 1px dashed ${c}; outline-offset: 1px; }`,
  ];
}

/** The style sheet for the current codebook; regenerated whenever a tag changes colour. */
export function tagStyleSheet(tags: readonly Tag[]): string {
  const rules = [...layerRules('loupe-untagged', FALLBACK)];
  for (const tag of tags) rules.push(...layerRules(`lt-${cssId(tag.id)}`, tag.color));
  rules.push('.loupe-tag-active { font-weight: 600; }');
  return rules.join('\n');
}
