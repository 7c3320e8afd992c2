/**
 * htmlparser2 looks through its stack of open elements at every tag, so a page nested
 * 100,000 deep costs seconds (quadratic). No article nests more than a few dozen levels; past
 * `maxDepth`, tags are blanked out with spaces of the same length. Their text stays, and so
 * does every offset into the page, which the clean text's map to the original relies on.
 */
export function limitNesting(html: string, maxDepth = 512): string {
  const blanks: [number, number][] = [];
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const [tag, slash, rawName] = match;
    const name = rawName!.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || tag.endsWith('/>')) continue;
    if (slash) {
      if (depth > maxDepth) blanks.push([match.index, tag.length]);
      depth = Math.max(0, depth - 1);
    } else {
      depth += 1;
      if (depth > maxDepth) blanks.push([match.index, tag.length]);
    }
  }
  if (blanks.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [start, length] of blanks) {
    parts.push(html.slice(at, start), ' '.repeat(length));
    at = start + length;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g;

/** Elements that never have content, or whose end tag may be left out: they do not nest reliably. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);
