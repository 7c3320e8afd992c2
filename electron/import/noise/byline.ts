import { findDate } from '../../../shared/text/dates';
import { TRAILING_TRANSLATION } from './credits';

export interface Byline {
  author: string | null;
  published: string | null;
  /** An outlet named after the date: "Posted by X on 8 July 2023 · 4 min read · ByteSprout Daily". */
  source: string | null;
}

/** Longer than this, a line starting with "By" is a sentence ("By 2030, the plan..."). */
const MAX_BYLINE = 160;

const BY =
  /^(?:by|written by|posted by|words by|reporting by|story by|edited by|von|text von|par|por|di|door|av|text:|texto:)\s+(.+)$/iu;
const BY_JA = /^(?:文|筆者|著者|記者|執筆|取材・文|文・写真)\s*[：:・／/]\s*(.+)$/u;
/** Bylines in scripts without capital letters, whose names the Latin test cannot judge. */
const BY_OTHER = /^(?:本报记者|记者|автор\s*:|текст\s*:|بقلم|كتب)\s*(.+)$/iu;
/** "中村大輔記者", "김지현 기자": the title after the name, then perhaps the date. */
const TITLE_AFTER =
  /^([^\s|·•]{2,12}|[^\s|·•]{1,8}\s[^\s|·•]{1,8})\s*(?:記者|기자|特派員|编辑)(?=\s*(?:[|·•]|$|\d|[\w.+-]+@))(.*)$/u;
const NAME_END =
  /\s*(?:[|·•]|\s[–—-]\s|,\s*(?=\p{L}+,|\p{L}+\s+\d|\d|le\s|am\s|on\s|el\s|il\s|published|updated))/iu;
/** Lower-case words allowed inside a name ("Ursula von der Leyen", "Jane Roe and John Doe"). */
const PARTICLES = new Set(
  'von van der den de del della di da du la le dos das y e et and und & bin al ibn'.split(' '),
);

/**
 * A byline such as "By Jane Roe | July 11, 2023", "Von Max Muster, Dienstag, 11. Juli 2023"
 * or "Par Claire Dubois, le 11 juillet 2023": the name, and the date when there is one.
 */
export function parseByline(text: string): Byline | null {
  if (text.length > MAX_BYLINE) return null;
  const latin = BY.exec(text);
  const titled = latin === null ? TITLE_AFTER.exec(text) : null;
  const japanese =
    latin === null
      ? (BY_JA.exec(text) ??
        BY_OTHER.exec(text) ??
        (titled === null ? null : [text, `${titled[1]} |${titled[2]}`]))
      : null;
  const match = latin ?? japanese;
  if (match === null) return null;
  const rest = match[1]!.replace(TRAILING_TRANSLATION, '');
  const date = findDate(rest);
  const cut = NAME_END.exec(rest);
  const name = cleanName(
    withoutRole(rest.slice(0, Math.min(cut?.index ?? rest.length, date?.start ?? rest.length))),
  );
  if (!looksLikeName(name, japanese !== null)) return null;
  const source = date === null ? null : trailingSource(rest.slice(date.end));
  return { author: name, published: date?.iso ?? null, source };
}

const ROLES =
  'writer|reporter|correspondent|editor|columnist|contributor|journalist|analyst|producer|photographer|' +
  'redakteurin|redakteur|korrespondentin|korrespondent|autorin|autor|reporterin|rédacteur|rédactrice|journaliste|' +
  'envoyé spécial|envoyée spéciale|corresponsal|redactora|redactor|periodista|giornalista|inviata|inviato|' +
  'editorialista|collaboratore|collaboratrice|correspondante|correspondant|корреспондент|обозреватель|' +
  'مراسل|مراسلة';
/** "Ana López, Staff Writer": a job title after the comma, with what follows it. */
const ROLE_AFTER_COMMA = new RegExp(`\\s*,\\s*[^,]{0,60}?(?<![\\p{L}])(${ROLES})(?![\\p{L}]).*$`, 'iu');

/** A name without the job title written after it. */
export function withoutRole(name: string): string {
  return name.replace(ROLE_AFTER_COMMA, '');
}

/** Words that join a name to the date after it ("Sam Whitfield on 8 July 2023"). */
const JOINER = /(\s+(on|am|le|el|il|at|den|du|del|de|the))+$/iu;

function cleanName(name: string): string {
  return name
    .replace(/[\s,;|·–—-]+$/u, '')
    .replace(JOINER, '')
    .trim();
}

/** The first segment after the date that is neither a time, nor a reading time, nor a number. */
function trailingSource(after: string): string | null {
  for (const segment of after.split(/\s*[|·•]\s*/u)) {
    const text = segment.trim();
    if (text === '' || /\d/.test(text) || /\b(min|read|lesezeit|lecture|lettura|lectura)\b/iu.test(text))
      continue;
    return looksLikeName(text, false) && text.split(/\s+/).length <= 5 ? text : null;
  }
  return null;
}

function looksLikeName(name: string, japanese: boolean): boolean {
  if (name.length < 2 || name.length > 80) return false;
  if (japanese) return !/[。.!?]/u.test(name);
  const words = name.split(/[\s,]+/u).filter((w) => w !== '');
  if (words.length > 10) return false;
  return words.every((word) => /^[\p{Lu}]/u.test(word) || PARTICLES.has(word.toLowerCase()));
}

const FILLER = new RegExp(
  [
    wholeWords(
      'published|posted|updated|last updated|first published|on|at|am|um|le|à|el|a las|às|om|il|alle|ore|uhr|в|في|gmt|utc|cet|cest|bst|est|edt|pst|pdt|et|pt|' +
        'veröffentlicht|aktualisiert|stand|publié|mis à jour|modifié|publicado|publicada|actualizado|actualizada|pubblicato|aggiornato|' +
        'gepubliceerd|bijgewerkt|aangepast|atualizado|опубликовано|обновлено|نشر|تحديث',
    ),
    '(입력|수정|기사입력|최종수정|발행|오전|오후|上午|下午)',
    // "· 7 Kommentare" after a blog post's date
    wholeWords(
      '\\d+ (comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|comentários|комментари[йяев]*)',
    ),
    '(最終)?(公開|更新|配信|投稿|掲載)(日|日時)?',
    wholeWords(
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
        'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|' +
        'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|' +
        'понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|' +
        'الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت',
    ),
    '\\d{1,2}[:.h]\\d{2}(\\s?[ap]\\.?m\\.?)?',
    '\\d{1,2}時(\\d{1,2}分)?',
    '\\s*[（(][月火水木金土日][)）]',
    '[\\s,|·•:：()（）-]+',
  ].join('|'),
  'giu',
);

/**
 * For a line that is only a date ("Published: 11 July 2023, 10:32"), the date and whether it is
 * an update; a name written next to the date is taken as the author.
 */
export function parseDateLine(
  line: string,
  lang: string | null = null,
): { iso: string; updated: boolean; author: string | null } | null {
  if (line.length > 120) return null;
  // "March 3, 2026 9:12 AM UTCUpdated 2 hours ago": the relative time says nothing more.
  const text = withoutRelativeTimes(unglue(asciiDigits(line)));
  const date = findDate(text, { lang });
  if (date === null) return null;
  const before = text.slice(0, date.start);
  const after = withoutDates(text.slice(date.end).replace(TRAILING_TRANSLATION, ''), lang);
  const leading = before.replace(FILLER, '').trim() === '' ? null : nameBeforeWeekday(before);
  if (leading === undefined) return null;
  // "Published 12/03 | Updated 14/03" gives the publication first: with a second date, only a
  // label before the first one makes it an update ("2023年3月29日 更新" puts it after).
  const label = /updated|aktualisiert|mis à jour|modifié|actualizad[oa]|aggiornato|更新/iu;
  const tail = text.slice(date.end);
  const updated = label.test(before) || (findDate(tail, { lang }) === null && label.test(tail));
  if (after.replace(FILLER, '').trim() === '') return { iso: date.iso, updated, author: leading };
  // Japanese clips often put the author after the date: "2023年3月29日 山田健一". A name
  // before the date is a dateline place ("Brussels, July 11"), not an author.
  const name = after
    .replace(FILLER_AT_END, '')
    .replace(/^[\s,|·•:：-]+/u, '')
    .replace(BY_WORD, '')
    .trim();
  if (leading !== null) return sameName(leading, name) ? { iso: date.iso, updated, author: leading } : null;
  const japaneseName = /^[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}・＝ー]{2,24}$/u.test(name);
  if (japaneseName || (looksLikeName(name, false) && name.split(/\s+/).length <= 4)) {
    return { iso: date.iso, updated, author: name };
  }
  return null;
}

const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|' +
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
/** "Dr. Michael Gebert Dienstag, " or "Jane Roe | ": a name, then a weekday or a separator. */
const NAME_THEN_WEEKDAY = new RegExp(
  `^\\s*(.+?)(?:\\s+(?:${WEEKDAYS})|\\s*[|·•]\\s*(?:(?:${WEEKDAYS})\\b)?|\\s+[–—]\\s+(?:(?:${WEEKDAYS})\\b)?)[\\s,]*$`,
  'iu',
);
const BY_WORD = /^(?:by|von|par|por|di|door|av)\s+/iu;
/** What may follow the author after the date line's last separator: a comment count, a reading time. */
const FILLER_AT_END = /(\s*[|·•]\s*(\d+\s+\p{L}+|[\d.,]+\s*min\.?\s*\p{L}*))+\s*$/u;

/** A date line may give two dates, published and updated: the second is filler too. */
function withoutDates(text: string, lang: string | null): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const date = findDate(rest, { lang });
    if (date === null) break;
    rest = `${rest.slice(0, date.start)} ${rest.slice(date.end)}`;
  }
  return rest;
}

/**
 * The author written before a date: "Dr. Michael Gebert Dienstag, 11. Juli 2023". Only when a
 * weekday or a separator stands between them: a name followed by a comma is a dateline place
 * ("Brussels, July 11"). Undefined when the text before the date is anything else.
 */
function nameBeforeWeekday(before: string): string | undefined {
  // A name right before the date with only a space between ("Franziska Huber 14.04.2026").
  const name = (NAME_THEN_WEEKDAY.exec(before)?.[1] ?? /^\s*(\S.*?)\s+$/u.exec(before)?.[1])?.trim();
  if (name === undefined || /,/u.test(name)) return undefined;
  // Two words at least: a single capitalised word before a weekday is a place ("Brussels").
  const words = name.split(/\s+/).length;
  return looksLikeName(name, false) && words >= 2 && words <= 5 ? name : undefined;
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '');
  return key(a) === key(b);
}

function wholeWords(words: string): string {
  return `(?<![\\p{L}\\p{N}])(${words})(?![\\p{L}\\p{N}])`;
}

/**
 * "3 hours ago", "vor 2 Stunden", "il y a 5 heures", "hace 3 horas", "2時間前", "3小时前",
 * "3시간 전", "3 часа назад", "منذ 3 ساعات": a number, a unit of time and the word for "ago",
 * in the order each language writes them.
 */
const RELATIVE_TIME = new RegExp(
  [
    '(?:\\d+|an?|one)\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\\s+ago',
    "just now|gerade eben|soeben|à l’instant|à l'instant|ahora mismo|hace un momento|poco fa|agora mesmo|zojuist|только что|الآن|たった今|刚刚|방금",
    'vor\\s+(?:\\d+|einer|einem|eine)\\s*(?:sekunden|sek\\.?|minuten|minute|min\\.?|stunden|stunde|std\\.?|tagen|tag|wochen|woche|monaten|monat|jahren|jahr)',
    'il y a\\s+(?:\\d+|une?)\\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)',
    '(?:hace|há)\\s+(?:\\d+|una?|uma?)\\s*(?:segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|meses|mes|años?|anos?)',
    "(?:\\d+|un|una|un')\\s*(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane|mesi|anni)\\s+fa",
    '\\d+\\s*(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|jaar)\\s+geleden',
    '(?:\\d+\\s*)?(?:секунд[уы]?|сек\\.?|минут[уы]?|мин\\.?|час(?:а|ов)?|ч\\.?|дн(?:я|ей)|день|недел[юьи]|месяц(?:а|ев)?|год(?:а)?|лет)\\s+назад',
    'منذ\\s+(?:\\d+\\s*)?(?:ثوان|ثانية|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسابيع|شهر|أشهر)',
    '\\d+\\s*(?:秒|分|時間|日|週間|か月|ヶ月|カ月|年|分钟|分鐘|小时|小時|天|周|週|个月|個月)前',
    '\\d+\\s*(?:초|분|시간|일|주|개월|달|년)\\s*전',
  ]
    .map((p) => `(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);
/** "Updated 14:32", "Aktualisiert: 11:05 Uhr": an update stamp with only the time of day. */
const UPDATE_LABEL =
  /^(?:updated|last updated|aktualisiert|stand|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|aangepast|atualizado|обновлено|تحديث|تم التحديث|更新|수정)\b/iu;
const CLOCK = /\d{1,2}[:.h]\d{2}/u;

/** Arabic-Indic and Persian digits as ASCII, one for one, so lengths and offsets stay. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) =>
    String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x6f0 ? 0x6f0 : 0x660)),
  );
}

/** The line without its relative times ("Ирина Волкова 3 часа назад" gives the name). */
export function withoutRelativeTimes(input: string): string {
  const text = asciiDigits(input);
  RELATIVE_TIME.lastIndex = 0;
  const rest = text.replace(RELATIVE_TIME, ' ').replace(/\s+/g, ' ').trim();
  if (rest !== text) return rest;
  if (text !== input) return input;
  // A name and a time in adjacent elements run together: "Moritz FeldVor 5 Std.".
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (spaced === text) return text;
  RELATIVE_TIME.lastIndex = 0;
  const apart = spaced.replace(RELATIVE_TIME, ' ').replace(/\s+/g, ' ').trim();
  return apart === spaced ? text : apart;
}

/** "today, 07:45", "gestern, 18:30 Uhr": a day named relative to now, with the time. */
const RELATIVE_DAY = new RegExp(
  `(?<![\\p{L}])(${[
    "today|yesterday|heute|gestern|aujourd’hui|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren",
    'сегодня|вчера|اليوم|أمس|امس|今日|昨日|今天|昨天|오늘|어제',
  ].join('|')})(?![\\p{L}])`,
  'giu',
);

const LABELLED_COUNT = /[|·•]\s*\p{L}[\p{L} ]{0,24}[:：]\s*\d[\d\s.,]*[kKmM万千]?\s*$/u;

/** Capitals run into a label by adjacent elements: "9:12 AM UTCUpdated" reads "UTC Updated". */
function unglue(text: string): string {
  return text.replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/** "3/12(木) 10:15配信", "12.03. 14:32": a day and month without the year, with the time. */
const SHORT_DATE = /(?<![\p{N}])\d{1,2}[/.]\d{1,2}\.?(?![/.]?\d)/gu;

/**
 * At the head of an article, a line of a day and month without the year and a time of day,
 * with labels around them; further down such a line can be a live blog's entry time.
 */
export function isShortDateLine(line: string): boolean {
  if (line.length > 60 || !CLOCK.test(line)) return false;
  const rest = line.replace(SHORT_DATE, ' ');
  if (rest === line) return false;
  FILLER.lastIndex = 0;
  return rest.replace(FILLER, '').trim() === '';
}

/** A line that only says when, with no date to read: "3 hours ago · Updated 14:32". */
export function isTimeLine(line: string): boolean {
  if (line.length > 100) return false;
  const text = unglue(asciiDigits(line));
  let rest = withoutRelativeTimes(text);
  const relative = rest !== text;
  const clock = CLOCK.test(text);
  // "Вчера, 17:20 | Просмотров: 2 431": a view counter beside the time says no more.
  if (clock) rest = rest.replace(RELATIVE_DAY, ' ').replace(LABELLED_COUNT, ' ');
  if (!relative && !(clock && (UPDATE_LABEL.test(text) || rest !== text))) return false;
  FILLER.lastIndex = 0;
  return rest.replace(FILLER, '').trim() === '';
}

/**
 * A name on its own line at the head of an article ("Priya Nair", "Ирина Волкова", "سارة
 * الخطيب"), or a name with a job title ("Kenji Ota, Correspondent in Tokyo") or a place
 * ("Lucía Ferrer, Valencia"): two to four words, capitalised where the script has capitals.
 * The caller decides when such a line can be a byline (the head of the article, next to a
 * date, or naming the page's declared author).
 */
export function parseBareName(text: string): { name: string; titled: boolean } | null {
  // Full stops only after initials ("M. Gracia"): any other is a sentence's.
  if (text.length > 80 || /[\d@:;!?。]/u.test(text) || /(?<!(?:^|\s)\p{Lu})\./u.test(text)) return null;
  const cut = /\s*(?:,|[|·•]|\s[–—]\s)\s*/u.exec(text);
  const name = (cut === null ? text : text.slice(0, cut.index)).trim();
  if (!isNameShaped(name)) return null;
  if (cut === null) return { name, titled: false };
  const after = text.slice(cut.index + cut[0].length).trim();
  if (/[,|·•]/u.test(after)) return null;
  const role = new RegExp(`(?<![\\p{L}])(${ROLES})(?![\\p{L}])`, 'iu').test(after);
  // A place after the comma: a word or two, capitalised ("Valencia", "New York").
  const place = after.split(/\s+/).length <= 3 && looksLikeName(after, false);
  if (role) return { name, titled: true };
  return place ? { name, titled: false } : null;
}

function isNameShaped(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length < 1 || words.length > 4) return false;
  if (!words.every((w) => /^[\p{L}\p{M}'’.-]+$/u.test(w))) return false;
  // Scripts with capitals show a name by them; in the others the caller's signal has to do.
  const cased = words.filter((w) => /[\p{Lu}\p{Ll}]/u.test(w));
  if (cased.length === 0) return name.length >= 2 && name.length <= 24;
  return words.length >= 2 && looksLikeName(name, false);
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/u;
const ROLE_WORD = new RegExp(`(?<![\\p{L}])(${ROLES})(?![\\p{L}])`, 'iu');
const MAX_AUTHOR_NOTE = 250;

/**
 * "Sam Reid is the Courier's health correspondent. Contact him at sam.reid@…": a note on the
 * writer with an address to write to, not a paragraph of the story.
 */
export function isAuthorNote(text: string): boolean {
  return text.length <= MAX_AUTHOR_NOTE && EMAIL.test(text) && ROLE_WORD.test(text);
}

/** Longer than this, a line with a date is not a date line. */
const MAX_DATED_HEAD = 100;
const MAX_SEGMENT_WORDS = 4;

/**
 * At the head of an article, a date with short labelled segments around it and no sentence:
 * "Press release · 4 March 2026", "2026-03-08 09:30:12 来源：海峡都市报 记者 林晓燕".
 */
export function parseDatedHeadLine(line: string, lang: string | null = null): string | null {
  const text = asciiDigits(line);
  if (text.length > MAX_DATED_HEAD || /[.!?。！？]["'”’»」)]*$|[.!?。！？]\s+\S|[;；]/u.test(text))
    return null;
  const date = findDate(text, { lang });
  if (date === null) return null;
  const rest = `${text.slice(0, date.start)} | ${text.slice(date.end)}`;
  FILLER.lastIndex = 0;
  const segments = rest
    .split(/\s*[|·•—–]\s*|\s+-\s+/u)
    .map((segment) => segment.replace(FILLER, ' ').trim())
    .filter((segment) => segment !== '');
  return segments.every((segment) => segment.split(/\s+/).length <= MAX_SEGMENT_WORDS) ? date.iso : null;
}
