/**
 * JSON with sorted keys and two-space indentation, so that a workspace diffs and merges
 * cleanly in git and the same data always produces the same bytes.
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}

const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse never pollutes prototypes by itself, but an own `__proto__` key survives into
 * the data and pollutes later, when code spreads or assigns the object; drop such keys here.
 */
export function safeParseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (POISONED_KEYS.has(key) ? undefined : value));
}
