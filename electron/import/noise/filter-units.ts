import type { TextUnit } from '../text-unit';
import { dropPrefix, rawText } from '../text-unit';
import { findBreadcrumb } from './breadcrumb';
import {
  isAuthorNote,
  isShortDateLine,
  isTimeLine,
  parseBareName,
  parseByline,
  parseDatedHeadLine,
  parseDateLine,
  withoutRelativeTimes,
} from './byline';
import { isCopyrightLine, parseCopyright } from './credits';
import { isAdvertLabel, isDuration, isMediaLabel, isNoiseLine, isPromotionButton } from './noise-lines';
import { isHeadlineLike, isRelatedHeading } from './related';
import { dropTeaserRuns } from './teasers';
import { isTruncationOf, sameText } from './title-repeats';

export interface FilteredUnits {
  units: TextUnit[];
  author: string | null;
  published: string | null;
  /** The outlet, when a byline or a copyright line names it. */
  source: string | null;
  /** How many units were dropped as noise or taken as metadata. */
  removed: number;
}

/**
 * Dates and breadcrumbs are taken only from the top of an article: further down, a line that
 * is only a date is usually content (a timeline entry). The top ends at the first long
 * paragraph or after this many kept units.
 */
const HEADER_UNITS = 12;
const BODY_LENGTH = 200;
/** A related-articles list longer than this is not one. */
const MAX_RELATED = 15;
/** Ad copy under an "Advertisement" label is a line or two, not a paragraph of the article. */
const MAX_AD_COPY = 300;
/** A promotion between its label and its "Mehr Infos" button: a title, a slogan, a repeat. */
const MAX_PROMOTION_UNITS = 4;
const MAX_ADVERT_MENTION = 80;
const ADVERT_WORD =
  /\b(werbung|anzeige|advertis\w*|sponsor\w*|promotion|publicité|publicidad|pubblicità)\b/iu;

/**
 * Drops page furniture, related-article lists, breadcrumbs and repeated titles, and takes
 * bylines, date lines and copyright lines out of the text as metadata. Works the same on clip
 * lines and on HTML blocks (HTML blocks all have `gapBefore`, so nothing is "directly after").
 */
export function filterUnits(
  units: readonly TextUnit[],
  lang: string | null = null,
  declaredAuthor: string | null = null,
): FilteredUnits {
  const filter = new UnitFilter(lang, declaredAuthor);
  for (const [i, unit] of units.entries()) filter.add(unit, units[i + 1]);
  return filter.result();
}

class UnitFilter {
  private readonly kept: TextUnit[] = [];
  private author: string | null = null;
  private published: string | null = null;
  private updated: string | null = null;
  private source: string | null = null;
  private removed = 0;
  private gap = false;
  private header = true;
  private related: { level: number; count: number } | null = null;
  private afterAdvert = false;
  /** Where the kept units stood when the last advertisement label was dropped. */
  private advertAt: number | null = null;

  /** The last unit judged was a date or time line: a name next to it is the author. */
  private afterDate = false;

  constructor(
    private readonly lang: string | null,
    private readonly declaredAuthor: string | null,
  ) {}

  /** The unit after the one being judged: a name right above a date line is the author. */
  private next: TextUnit | undefined;
  private previousWasDate = false;
  private afterMedia = false;

  add(original: TextUnit, next?: TextUnit): void {
    // A clip's running time under its title ("WATCH | …", then "1:58").
    const afterMedia = this.afterMedia;
    this.afterMedia = original.text !== '' && isMediaLabel(original.text);
    if (afterMedia && isDuration(original.text)) {
      this.drop();
      return;
    }
    this.next = next;
    this.previousWasDate = this.afterDate;
    this.afterDate = false;
    if (original.text === '') {
      this.gap = true;
      return;
    }
    // A copyright line ends a page whatever came before it, related list included.
    if (isCopyrightLine(original.text)) {
      this.source ??= parseCopyright(original.text);
      this.related = null;
      this.drop();
      return;
    }
    if (this.continuesFurniture(original) || this.takeAsMetadata(original)) {
      this.drop();
      return;
    }
    const unit = this.header ? this.withoutBreadcrumb(original) : original;
    const previous = this.kept[this.kept.length - 1];
    if (unit.text === '' || (previous !== undefined && sameText(previous.text, unit.text))) {
      this.drop();
      return;
    }
    if (this.header && previous !== undefined && isTruncationOf(previous.text, unit.text)) {
      this.kept.pop();
      this.removed++;
    }
    this.kept.push(this.gap && !unit.gapBefore ? { ...unit, gapBefore: true } : unit);
    this.gap = false;
    if (unit.text.length > BODY_LENGTH || this.kept.length >= HEADER_UNITS) this.header = false;
  }

  result(): FilteredUnits {
    const teasers = dropTeaserRuns(this.kept);
    return {
      units: teasers.units,
      author: this.author,
      published: this.published ?? this.updated,
      source: this.source,
      removed: this.removed + teasers.removed,
    };
  }

  private drop(): void {
    this.removed++;
    this.gap = true;
  }

  /** Headlines under a "Related" heading, and ad copy right under an advertisement label. */
  private continuesFurniture(unit: TextUnit): boolean {
    const afterAdvert = this.afterAdvert;
    this.afterAdvert = false;
    if (afterAdvert && !unit.gapBefore && unit.text.length <= MAX_AD_COPY) return true;
    const related = this.related;
    if (related === null) return false;
    const sectionEnds = unit.kind === 'heading' && related.level > 0 && unit.level <= related.level;
    if (!sectionEnds && related.count < MAX_RELATED && isHeadlineLike(unit.text)) {
      related.count++;
      return true;
    }
    this.related = null;
    return false;
  }

  private takeAsMetadata(unit: TextUnit): boolean {
    const text = unit.text;
    if (isRelatedHeading(text)) {
      this.related = { level: unit.kind === 'heading' ? unit.level : 0, count: 0 };
      return true;
    }
    if (isAdvertLabel(text)) {
      this.afterAdvert = true;
      this.advertAt = this.kept.length;
      return true;
    }
    if (isPromotionButton(text)) {
      this.dropPromotionCopy();
      return true;
    }
    if (isNoiseLine(text) || isAuthorNote(text)) return true;
    const byline = parseByline(text);
    if (byline !== null) {
      this.author ??= byline.author;
      this.published ??= byline.published;
      this.source ??= byline.source;
      return true;
    }
    if (this.takeAsAuthor(text)) return true;
    if (isTimeLine(text) || (this.header && isShortDateLine(text))) {
      this.afterDate = true;
      return true;
    }
    const date = this.header ? parseDateLine(text, this.lang) : null;
    if (date === null) {
      const iso = this.header ? parseDatedHeadLine(text, this.lang) : null;
      if (iso === null) return false;
      this.published ??= iso;
      this.afterDate = true;
      return true;
    }
    if (date.updated) this.updated ??= date.iso;
    else this.published ??= date.iso;
    this.author ??= date.author;
    this.afterDate = true;
    return true;
  }

  /**
   * A byline without "By": the page's declared author alone on a line, or at the head of the
   * article a name-shaped line right under the headline, next to a date or a relative time
   * ("Ирина Волкова 3 часа назад"), or with a job title ("Kenji Ota, Correspondent in Tokyo").
   */
  private takeAsAuthor(text: string): boolean {
    const next = this.next;
    if (this.declaredAuthor !== null && sameName(text, this.declaredAuthor)) {
      this.author ??= this.declaredAuthor;
      return true;
    }
    if (!this.header) return false;
    const timeless = withoutRelativeTimes(text);
    const found = parseBareName(timeless);
    if (found === null) return false;
    // Under the headline, or under its standfirst: no paragraph of the story has come yet.
    const underHeadline =
      this.kept[0]?.kind === 'heading' &&
      this.kept.length <= 2 &&
      this.kept.every((unit) => unit.text.length <= BODY_LENGTH);
    const beforeDate =
      next !== undefined && (isTimeLine(next.text) || parseDateLine(next.text, this.lang) !== null);
    if (!(found.titled || timeless !== text || this.previousWasDate || underHeadline || beforeDate))
      return false;
    this.author ??= found.name;
    if (timeless !== text) this.afterDate = true;
    return true;
  }

  /**
   * A "Mehr Infos" button closes a promotion: what was kept since its label goes too, when that
   * is a few short lines; without a label, only a line right above that names an advert.
   */
  private dropPromotionCopy(): void {
    const since = this.advertAt;
    this.advertAt = null;
    const start =
      since !== null && this.kept.length - since <= MAX_PROMOTION_UNITS
        ? since
        : isAdvertMention(this.kept[this.kept.length - 1]?.text ?? '')
          ? this.kept.length - 1
          : this.kept.length;
    const copy = this.kept.slice(start);
    if (copy.some((unit) => unit.text.length > MAX_AD_COPY)) return;
    this.kept.length = start;
    this.removed += copy.length;
  }

  private withoutBreadcrumb(unit: TextUnit): TextUnit {
    const raw = rawText(unit.pieces);
    const crumb = findBreadcrumb(raw);
    if (crumb !== null) return dropPrefix(unit, crumb.length);
    // A wire byline opening the first paragraph: "(서울=연합뉴스) 김민수 기자 = ", "[동부뉴스=이도윤 기자] ".
    const wire = WIRE_OPENING.exec(raw);
    if (wire === null || raw.length - wire[0].length < MIN_AFTER_WIRE) return unit;
    this.author ??= wire[2] ?? wire[1] ?? null;
    return dropPrefix(unit, wire[0].length);
  }
}

/**
 * "(place=agency) name 기자 =" or "[outlet=name 기자]" at the start of a paragraph: the
 * bracket holds "=" or a reporter's title, which no sentence opens with.
 */
const WIRE_OPENING =
  /^\s*[[(（【][^\])）】]{0,30}?(?:=|＝)\s*(?:(\S{2,4})\s*(?:기자|특파원|记者|記者))?[^\])）】]{0,20}[\])）】]\s*(?:(\S{2,4})\s*(?:기자|특파원)\s*=\s*)?/u;
const MIN_AFTER_WIRE = 40;

/** "Werbung auf diesem Portal?" above a button: a short line about advertising itself. */
function isAdvertMention(text: string): boolean {
  return text.length <= MAX_ADVERT_MENTION && ADVERT_WORD.test(text);
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '');
  return key(a) !== '' && key(a) === key(b);
}
