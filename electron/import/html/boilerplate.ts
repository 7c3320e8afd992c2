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
  ...words('byline dateline timestamp pubdate author authors meta metadata contact contacts'),
  // Sites name their parts in their own language (or its transliteration) as often as in English.
  ...words(
    'partage partager publicite legende commentaires reactions signature abonnement ' +
      'teilen werbung anzeige werbeplatz bildunterschrift bildnachweis kommentare leserkommentare ' +
      'meistgelesen schlagworte fusszeile hauptnavigation autorenzeile autorenkasten lesetipp bezahlschranke ' +
      'compartir publicidad comentarios relacionadas relacionados boletin etiquetas firma fecha ' +
      'condividi pubblicita commenti correlati didascalia ' +
      'delen advertentie reacties gerelateerd nieuwsbrief onderschrift fotograaf voettekst hoofdmenu ' +
      'partilhar publicidade comentarios ' +
      'reklama podelitsya kommentarii pohozhie rassylka podval menyu ' +
      'koukoku kanren mailmag awasete ranking sns gnav',
  ),
  // Toolbars, widgets and embedded posts. (Author boxes are left to the byline rules, which
  // read the name and date they hold.)
  ...words(
    'tools toolbar util utils utility actions widget widgets aside follow twitter tweet instagram tiktok ' +
      'counters discussion discussions player embed embedded video videos vid',
  ),
]);

/** Furniture named by two words ("most-read", "author-bio"); matched as adjacent words. */
const NOISE_PAIRS = new Set(
  (
    'most read, most popular, more from, author bio, about author, ad slot, ad container, skip link, ' +
    'read more, read next, also read, see also, you may, photo credit, image credit, post meta, ' +
    'entry meta, article meta, publish date, published date, post date, pied de, mots cles, credit photo, ' +
    'lire aussi, plus lus, articles lies, weitere artikel, pie foto, pie pagina, lee tambien, mas leido, ' +
    'piu letti, leggi anche, crediti foto, meest gelezen, lees ook, podpis foto, avtor foto, chitayte takzhe, ' +
    'photo cap, photo cr, tag list, saiba mais, veja tambem'
  ).split(', '),
);

const NOISE_ROLES = new Set(
  words(
    'navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar ' +
      'tablist button',
  ),
);

/** Words saying the element has furniture next to it, not that it is furniture. */
const BESIDE = new Set(words('with has without no plus and'));

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
      // "content-with-sidebar", "layout-has-comments": the element sits beside the furniture.
      if (i > 0 && BESIDE.has(words[i - 1]!)) continue;
      if (NOISE_WORDS.has(words[i]!)) return true;
      if (i > 0 && NOISE_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true;
    }
  }
  return false;
}

function words(list: string): string[] {
  return list.split(' ');
}

/** A caption with its credit is a line or two; a block of the article with a picture is longer. */
const MAX_FIGURE_TEXT = 250;

/**
 * A `<div>` holding a picture or a form and little text: a figure written without `<figure>`
 * (the picture, its caption and the photographer's credit), an author's portrait with a line,
 * a newsletter box around its e-mail field.
 */
export function isFigureLike(element: Element): boolean {
  if (element.name !== 'div' && element.name !== 'span') return false;
  const state = { text: 0, image: false };
  return scanFigure(element, state) && state.image;
}

function scanFigure(element: Element, state: { text: number; image: boolean }): boolean {
  for (const child of element.children) {
    if (child.type === 'text') {
      state.text += (child as unknown as { data: string }).data.trim().length;
      if (state.text > MAX_FIGURE_TEXT) return false;
    } else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      const tag = child as Element;
      if (tag.name === 'img' || tag.name === 'picture' || tag.name === 'form' || tag.name === 'input')
        state.image = true;
      else if (/^h[1-6]$/.test(tag.name) || tag.name === 'table' || tag.name === 'ul' || tag.name === 'ol')
        return false;
      else if (tag.name !== 'script' && tag.name !== 'style' && !scanFigure(tag, state)) return false;
    }
  }
  return true;
}
