import { isCreditLine } from './credits';
import {
  ADVERT_LABELS,
  COMMENT_FORM,
  CONSENT_BUTTONS,
  COOKIE_OPENERS,
  HELPFUL,
  LABELLED_FURNITURE,
  NAVIGATION,
  NEWSLETTER_OPENERS,
  PAYWALL,
  PROMOTION_BUTTONS,
  READ_MORE,
  READ_TIME,
} from './noise-phrases';

/**
 * Lines that are page furniture rather than article text, in English, German, French, Spanish,
 * Italian and Japanese. Each test looks at one line (or one HTML block) with white space
 * collapsed. Article sentences about cookies or newsletters must survive, so the patterns
 * match how notices and buttons are phrased, not merely the topic.
 */

/** Furniture is short; a longer line is article text whatever words it holds. */
export const MAX_NOISE_LENGTH = 600;

function whole(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})$`, 'iu');
}

/** A Latin phrase must end on a word boundary; a Japanese one runs straight into the next word. */
function opening(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})(?![\\p{sc=Latin}-])`, 'iu');
}

const COOKIE_OPENER = opening(COOKIE_OPENERS);
const COOKIE_WORD = /cookie|témoin|クッキー/iu;
const CONSENT_BUTTON = whole(CONSENT_BUTTONS);
const COMMENT = whole(COMMENT_FORM);
const NEWSLETTER_OPENER = opening(NEWSLETTER_OPENERS);
const NEWSLETTER_WORD =
  /newsletter|inbox|briefing|digest|posteingang|boîte (de réception|mail)|bandeja de entrada|casella|メルマガ|メールマガジン|ニュースレター|nieuwsbrief|mailbox|o seu email|рассылк|النشرة|이메일|邮箱/iu;
const CTA_ANYWHERE =
  /\b(sign up|subscribe|enter your e-?mail|abonnieren|anmelden|abonnez-vous|inscrivez-vous|suscríbete|iscriviti)\b|登録|購読/iu;
/** A promotion ends on its button: "… every Friday. Subscribe now". */
const CTA_AT_END =
  /(?:^|[.!?:–—|]\s*)(subscribe( now| free| for free| here)?|sign up( now| here| for free)?|(jetzt )?(kostenlos )?(abonnieren|anmelden)|abonnez-vous|inscrivez-vous|je m'abonne|s'abonner|suscríbete( gratis)?|iscriviti( gratis)?|登録する|購読する)[.!]?$/iu;
const PAYWALL_LINE = whole(PAYWALL);
const HELPFUL_LINE = new RegExp(
  `^(?:${HELPFUL.join('|')})?[\\s/|·]*((yes|no|ja|nein|oui|non|sí|si|はい|いいえ)[\\s/|·]*)*$`,
  'iu',
);
const ADVERT = whole(ADVERT_LABELS);
const READ_TIME_LINE = whole(READ_TIME);
const LABELLED = whole(LABELLED_FURNITURE);
const NAVIGATION_LINE = whole(NAVIGATION);
const PROMOTION_BUTTON = whole(PROMOTION_BUTTONS);
const READ_MORE_INLINE = new RegExp(`^(?:${READ_MORE.join('|')})\\s*[:：›»>-]\\s*(\\S.{0,200})$`, 'iu');

const SHARE_WORDS = new Set(
  (
    'share shares shared sharing tweet tweets retweet twittern tweeten tweeter facebook twitter x linkedin ' +
    'whatsapp email e-mail mail print copy link copied pinterest pin reddit telegram flipboard messenger threads ' +
    'bluesky mastodon xing teilen senden drucken partager partages envoyer imprimer compartir enviar imprimir ' +
    'condividi invia stampa シェア ツイート 印刷 comments comment kommentare commentaires ' +
    '공유 공유하기 스크랩 좋아요 분享 分享 поделиться deel delen شارك merken'
  ).split(' '),
);
const SHARE_FILLER = new Set(
  'on this article story page via the per par por auf artikel cet sur en su questo'.split(' '),
);
const COUNT = /^\d[\d.,]*[kKmM]?$/;
const HASHTAGS = /^#[\p{L}\p{N}_]+(?:[\s,·|]+#[\p{L}\p{N}_]+)*$/u;

/** Decorations in front of furniture: emoji, arrows, checkboxes ("📬 Subscribe", "[ ] Save my name"). */
const LEADING_DECORATION = /^[^\p{L}\p{N}#©¿¡«"“„]+/u;
const TRAILING_DECORATION = /[\s\-–—:|·•]+$/u;

/** True when the line is page furniture: consent, comment form, share bar, promotion, label, credit. */
export function isNoiseLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_NOISE_LENGTH) return false;
  const text = line.replace(LEADING_DECORATION, '');
  if (COOKIE_OPENER.test(text) && COOKIE_WORD.test(text)) return true;
  if (text.length > 240) return false;
  return (
    CONSENT_BUTTON.test(text) ||
    COMMENT.test(text) ||
    isShareLine(text) ||
    HASHTAGS.test(text) ||
    isPromotion(text) ||
    (text.length <= 120 && PAYWALL_LINE.test(text)) ||
    HELPFUL_LINE.test(text) ||
    isAdvertLabel(text) ||
    READ_TIME_LINE.test(text) ||
    LABELLED.test(text) ||
    NAVIGATION_LINE.test(text) ||
    isPromotionButton(text) ||
    isReadMoreLink(text) ||
    isFollowLine(text) ||
    isMediaLabel(text) ||
    COUNTER_LINE.test(text) ||
    isCreditLine(text)
  );
}

const NETWORK =
  'facebook|instagram|x|twitter|telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky|mastodon|' +
  'google news|google actualités|google noticias|google notizie|google nachrichten|flipboard|' +
  'вконтакте|вк|vk|дзен|дзене|дзен\\.|телеграм|телеграме|одноклассниках|' +
  'فيسبوك|إنستغرام|انستغرام|تلغرام|تيليغرام|تويتر|يوتيوب|واتساب|' +
  '微信|微博|抖音|公众号|カカオトーク|line|카카오톡|카카오|네이버|밴드';
/** "Views: 2 431", "阅读量：1.2万": a labelled count, alone on its line. */
const COUNTER_LINE = /^\p{L}[\p{L} ]{0,24}[:：]\s*\d[\d\s.,]*[kKmM万千]?$/u;
/** "our channel": an invitation to a network our list does not know yet. */
const CHANNEL = 'channel|kanal|chaîne|canal|canale|kanaal|канал|каналу|قناة|قناتنا|频道|チャンネル|채널';
const NETWORKS = new RegExp(`(?<![\\p{L}])(${NETWORK})(?![\\p{L}])`, 'giu');
const NETWORK_AT_END = new RegExp(`(?<![\\p{L}])(${NETWORK})[\\s.!»"”]*$`, 'iu');
const CHANNELS = new RegExp(`(?<![\\p{L}])(${CHANNEL})(?![\\p{L}])`, 'iu');
/** Verbs that open an invitation to follow or join a channel. */
const FOLLOW_OPENER =
  /^(subscribe|follow|join|get|folgen|folgt|abonnieren|suivez|rejoignez|abonnez|síguenos|sigue|únete|segui|seguici|unisciti|siga|junte|volg|следите|подписывайтесь|присоединяйтесь|читайте|تابعونا|تابعوا|انضموا|انضم|关注|加入|フォロー|팔로우|구독)/iu;
const MAX_FOLLOW_WORDS = 14;

/**
 * "Folgen Sie uns auf Instagram", "Следите за новостями в Дзене", "تابعونا على تلغرام": an
 * invitation to follow or join that ends on a network's name or names two of them.
 */
function isFollowLine(text: string): boolean {
  if (text.length > 140 || text.split(/\s+/).length > MAX_FOLLOW_WORDS || /[.。](\s|$)/u.test(text))
    return false;
  // The invitation may follow a question: "Want the news first? Subscribe to our channel".
  const invitation = text.replace(/^[^.!?。？！]{0,60}[?？!！]\s+/u, '');
  if (!FOLLOW_OPENER.test(invitation)) return false;
  return (
    NETWORK_AT_END.test(invitation) ||
    CHANNELS.test(invitation) ||
    (invitation.match(NETWORKS)?.length ?? 0) >= 2
  );
}

/** "WATCH | District expands…", "VIDEO: Así será…", "▶ 動画：…": the title of a clip to play. */
const MEDIA_LABEL =
  /^(watch|video|vídeo|vidéo|audio|listen|podcast|gallery|galerie|galería|galleria|fotos|photos|ВИДЕО|Видео|ФОТО|動画|视频|視頻|영상|فيديو|شاهد)\s*[|:：]\s*[^.。]{2,100}$/iu;
const DURATION = /^\d{1,2}:\d{2}(:\d{2})?$/u;

export function isMediaLabel(text: string): boolean {
  return MEDIA_LABEL.test(text.replace(LEADING_DECORATION, ''));
}

/** "1:58" under a clip's title: its running time. */
export function isDuration(text: string): boolean {
  return DURATION.test(text);
}

/** "Advertisement", "-Anzeige-": the line after such a label, when it follows directly, is the ad. */
export function isAdvertLabel(line: string): boolean {
  return (
    line.length <= 60 && ADVERT.test(line.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, ''))
  );
}

/** "Mehr Infos", "Learn more" alone on a line: the button of a promotion, whose copy goes with it. */
export function isPromotionButton(line: string): boolean {
  return (
    line.length <= 40 &&
    PROMOTION_BUTTON.test(line.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, ''))
  );
}

/** Share bars and counters: every token a network name, a share verb or a number. */
function isShareLine(text: string): boolean {
  // "11:42" alone is a live blog's entry time, not a counter.
  if (/^\d{1,2}[:h]\d{2}$/u.test(text)) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s|·•/,:()]+/u)
    .filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 16) return false;
  let words = 0;
  for (const token of tokens) {
    if (SHARE_WORDS.has(token)) words++;
    else if (!COUNT.test(token) && !SHARE_FILLER.has(token)) return false;
  }
  return words > 0 || tokens.every((t) => COUNT.test(t));
}

function isPromotion(text: string): boolean {
  if (text.length > 200) return false;
  if (NEWSLETTER_WORD.test(text) && (NEWSLETTER_OPENER.test(text) || CTA_ANYWHERE.test(text))) return true;
  const opener = NEWSLETTER_OPENER.exec(text);
  if (opener !== null && (!NOUN_OPENER.test(opener[0]) || isLabelTail(text.slice(opener[0].length)))) {
    return true;
  }
  return CTA_AT_END.test(text);
}

/** "Read more: Ferry timetable cut", not "Related: the EU wants a bigger share, officials said." */
function isReadMoreLink(text: string): boolean {
  const rest = READ_MORE_INLINE.exec(text)?.[1];
  return rest !== undefined && isHeadlineTail(rest);
}

/**
 * What may follow a "Read more:" label when the line is a link: a headline, short and not a
 * sentence. A sentence goes on lower case after the colon, or ends on a full stop; a
 * headline may end on "…" or "?".
 */
const MAX_LINKED_HEADLINE = 140;
const SENTENCE_FULL_STOP = /(?<!\.)[.。]["'”’»」)]*$/u;

function isHeadlineTail(rest: string): boolean {
  return (
    rest.length <= MAX_LINKED_HEADLINE &&
    !/^[\p{Ll}]/u.test(rest) &&
    !SENTENCE_FULL_STOP.test(rest) &&
    !/[;；]/u.test(rest)
  );
}

/**
 * "Sign up" is also a noun: "Sign up was slow: only three firms joined…" is a sentence about
 * sign-ups. After it, a button or a call to action has nothing, or a few words with no clause
 * break. The other openers ("Subscribe", "Abonnez-vous") are imperatives and open no sentence.
 */
const NOUN_OPENER = /^sign[- ]up/iu;
const MAX_CTA_TAIL = 80;

function isLabelTail(rest: string): boolean {
  const tail = rest.trim().replace(/[.!]$/u, '');
  return tail.length <= MAX_CTA_TAIL && !/[:;：；?…]|\.\.\.|[.!](\s|$)/u.test(tail);
}
