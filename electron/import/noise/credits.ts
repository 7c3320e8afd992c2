/** Photo and translation credits, and the copyright line that names the outlet. */

const CREDIT_WORD =
  '(photo|photograph|picture|pic|image|foto|bild|fotografía|foto di|crédits? photo|photo credit|image credit|picture credit( score)?|illustration|graphic|grafik|写真|画像|' +
  'fotografia|beeld|фото|снимок|иллюстрация|صورة|الصورة|تصوير|图片|摄影|사진)';
/** "Photo: Jane Roe / Agency", alone or closing a caption ("Ships at anchor. Foto: Sven Halbach"). */
const PHOTO_CREDIT = new RegExp(
  `(^|[.!?»”)]\\s+)${CREDIT_WORD}\\s*(credits?)?\\s*[:：]\\s*[^.:]{2,80}$`,
  'iu',
);
const PHOTO_BY = /^(photo|image|picture)s? by [^.]{2,80}$/iu;
const TRANSLATION_CREDIT =
  /^[(（]?(translated (from (the )?[\p{L}]+ )?by|translation( by)?\s*:?|aus dem [\p{L}]+n (übersetzt )?von|übersetzung\s*:?|übersetzt von|traduit (de l['’][\p{L}]+ )?par|traduction\s*:?|traducido (del [\p{L}]+ )?por|traducción( de)?\s*:?|tradotto (dall['’][\p{L}]+ )?da|traduzione( di)?\s*:?|翻訳\s*[:：])\s*[^.]{2,80}[)）]?$/iu;

/** "Source: press office", "Источник: министерство…", "来源：新华社": where the story came from. */
const SOURCE_CREDIT =
  /^[(（【]?(sources?|quellen?|fuentes?|fontes?|fonte|bron|источник|источники|المصدر|مصدر|来源|來源|出典|출처)\s*[:：]\s*[^.。!?]{2,80}[)）】]?$/iu;

/** Picture agencies, as they close a credit line. */
const PICTURE_AGENCY =
  /^(getty( images)?|afp|reuters|ap( photo)?|associated press|dpa|picture[- ]alliance|epa|epa-efe|efe|bloomberg|imago( images)?|shutterstock|alamy|kyodo( news)?|jiji( press)?|xinhua|anadolu( agency)?|sipa( press)?|keystone|anp|belga|ansa|yonhap|tass|ria novosti|sputnik|reuters connect|nurphoto|zuma( press)?|abaca)$/iu;
/** "Angel Garcia | Agency | Getty Images", "Jane Roe/AFP": a name and the agencies, no sentence. */
function isAgencyCredit(text: string): boolean {
  if (text.length > 90 || /[.!?]$/u.test(text)) return false;
  const parts = text.split(/\s*[|/]\s*/u).map((part) => part.trim());
  if (parts.length < 2 || parts.length > 4 || parts.some((part) => part === '' || part.length > 40))
    return false;
  return PICTURE_AGENCY.test(parts[parts.length - 1]!);
}

export function isCreditLine(text: string): boolean {
  return (
    text.length <= 250 &&
    (PHOTO_CREDIT.test(text) ||
      isAgencyCredit(text) ||
      PHOTO_BY.test(text) ||
      TRANSLATION_CREDIT.test(text) ||
      SOURCE_CREDIT.test(text))
  );
}

/** A translator credit in parentheses after a name, "（翻訳：小林遥）", to cut from a byline. */
export const TRAILING_TRANSLATION =
  /\s*[(（](translated by|translation|übersetzung|traduction|traducción|traduzione|翻訳)[^)）]*[)）]\s*$/iu;

const COPYRIGHT =
  /^(?:(©|\(c\))|copyright)\s*(©\s*|\(c\)\s*)?(\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(.+)$/iu;
const RIGHTS_RESERVED =
  /(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|無断転載)/iu;
const LEGAL_TAIL = new RegExp(`\\s+[|·•–—]\\s+.*$|\\.?\\s*${RIGHTS_RESERVED.source}.*$`, 'iu');
const COMPANY_FORM =
  /(?:^|\s)(ltd|limited|inc|llc|plc|gmbh|mbh|ag|kg|sarl|sas|s\.a|s\.p\.a|s\.l|pte|co)\.?(?=\s|$)/giu;
const COMPANY_WORDS =
  /(\s+(verlagsgesellschaft|verlagsgruppe|verlag|medien|media|group|gruppe|groupe|publishing|holdings?|éditions|editorial))+$/iu;

/**
 * The outlet named by a copyright line: "© 2023 The Pacific Circuit. All rights reserved." →
 * "The Pacific Circuit"; "© 2023 Tageskompass Verlagsgesellschaft mbH · Impressum" →
 * "Tageskompass". When a company form sits in the middle, the brand after it is the outlet.
 */
export function parseCopyright(text: string): string | null {
  const match = copyrightNotice(text);
  if (match === null) return null;
  let name = match[4]!.replace(LEGAL_TAIL, '').trim();
  let lastForm: RegExpExecArray | null = null;
  COMPANY_FORM.lastIndex = 0;
  for (let m = COMPANY_FORM.exec(name); m !== null; m = COMPANY_FORM.exec(name)) lastForm = m;
  if (lastForm !== null) {
    const after = name.slice(lastForm.index + lastForm[0].length).trim();
    name = after !== '' ? after : name.slice(0, firstForm(name)).trim();
  }
  name = name
    .replace(/[\s,]*(19|20)\d{2}(\s*[-–]\s*\d{4})?$/u, '')
    .replace(COMPANY_WORDS, '')
    .replace(/[.,;\s]+$/u, '')
    .trim();
  return name.length >= 2 && name.length <= 60 ? name : null;
}

function firstForm(name: string): number {
  COMPANY_FORM.lastIndex = 0;
  return COMPANY_FORM.exec(name)?.index ?? name.length;
}

export function isCopyrightLine(text: string): boolean {
  return copyrightNotice(text) !== null;
}

/**
 * The word "Copyright" also opens article sentences ("Copyright law was also on the agenda"),
 * so a notice needs a mark of one: a ©, a year right after the word, or a closing "all rights
 * reserved". "(c)" needs a year somewhere too: alone, it numbers the third point of a list.
 */
function copyrightNotice(text: string): RegExpExecArray | null {
  if (text.length > 250) return null;
  const match = COPYRIGHT.exec(text);
  if (match === null) return null;
  const sign = match[1] ?? match[2] ?? '';
  const marked =
    sign.startsWith('©') || match[3] !== undefined || (sign !== '' && /\b(19|20)\d{2}\b/u.test(text));
  return marked || RIGHTS_RESERVED.test(text) ? match : null;
}
