import type { Element } from 'domhandler';

/** Elements that never hold article text. `header` is judged separately (see `isRemoved`). */
const DROPPED_TAGS = new Set(
  words(
    'script style noscript template iframe svg form nav footer aside button figcaption select ' +
      'textarea input label dialog object embed video audio canvas map math head title meta link base ' +
      'menu',
  ),
);

/** Words in a class, id or label that mark page furniture. */
const NOISE_WORDS = new Set([
  ...words(
    'cookie cookies consent gdpr cmp banner share shares sharing sharebar sharetools social socials ' +
      'comment comments disqus related recommended recommendation recommendations recirculation recirc ' +
      'popular mostread mostpopular trending newsletter newsletters subscribe subscription signup promo ' +
      'promotion promoted advert adverts advertisement advertising ad ads adslot adunit dfp sponsor ' +
      'sponsored sponsors outbrain taboola sidebar breadcrumb breadcrumbs tags taglist footer nav ' +
      'navbar navigation menu paywall modal popup skiplink caption credit credits pub',
  ),
  // Bylines and datelines are read as metadata; in the text they would be noise.
  ...words('byline dateline timestamp pubdate author authors meta'),
]);

/** Furniture named by two words ("most-read", "author-bio"); matched as adjacent words. */
const NOISE_PAIRS = new Set(
  (
    'most read, most popular, more from, author bio, about author, ad slot, ad container, skip link, ' +
    'read more, read next, also read, see also, you may, photo credit, image credit, post meta, ' +
    'entry meta, article meta, publish date, published date, post date'
  ).split(', '),
);

const NOISE_ROLES = new Set(
  words(
    'navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar ' +
      'tablist button',
  ),
);

/** State modifiers ("has-sidebar", "is-sticky") describe the element, not what it holds. */
const STATE_PREFIX = /^(has|with|is|no|show|hide|js|without)-/;

/** Page furniture judged by its attributes alone: hidden, a furniture role, or a furniture name. */
export function hasNoiseName(element: Element): boolean {
  const a = element.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return true;
  if (a.role !== undefined && NOISE_ROLES.has(a.role.toLowerCase().trim())) return true;
  if (a.rel !== undefined && /\bsponsored\b/i.test(a.rel)) return true;
  return [a.class, a.id, a['aria-label'], a['data-component'], a['data-testid']].some(
    (value) => value !== undefined && namesNoise(value),
  );
}

export function isDroppedTag(element: Element): boolean {
  return DROPPED_TAGS.has(element.name);
}

function namesNoise(value: string): boolean {
  for (const name of value.split(/\s+/)) {
    if (name === '' || STATE_PREFIX.test(name)) continue;
    const words = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      if (NOISE_WORDS.has(words[i]!)) return true;
      if (i > 0 && NOISE_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true;
    }
  }
  return false;
}

function words(list: string): string[] {
  return list.split(' ');
}
