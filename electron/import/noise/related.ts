/**
 * Headings that introduce lists of other articles ("Related posts", "Ähnliche Artikel",
 * "À lire aussi", "関連記事"), and the test for the headline lines that follow them.
 */
const RELATED_HEADING = new RegExp(
  '^(' +
    [
      'related( posts| articles| stories| content| coverage| reading| topics| news)?',
      'read more',
      'read next',
      'read also',
      "more from (this author|the author|[\\p{L}\\p{N} &'’.-]{2,40})",
      'more stories',
      'more on this (story|topic)',
      'more in [\\p{L} &-]{2,30}',
      'recommended( for you| reading| stories| articles)?',
      'you (may|might) also (like|be interested in)',
      'most (read|popular|viewed|shared)',
      'trending( now| stories)?',
      'popular( now| stories)?',
      'top stories',
      "editor's picks",
      'ähnliche (artikel|themen|beiträge)',
      'mehr zum thema',
      'mehr (aus|von) [\\p{L} &-]{2,30}',
      'das könnte sie auch interessieren',
      'lesen sie auch',
      'weitere (artikel|beiträge|nachrichten)( zum thema)?',
      'meistgelesen(e artikel)?',
      'à lire aussi',
      'a lire aussi',
      'lire aussi',
      'lire la suite',
      'sur le même sujet',
      'les plus lus',
      'dans la même rubrique',
      'articles similaires',
      'noticias relacionadas',
      'artículos relacionados',
      'te puede interesar',
      'lo más leído',
      'leer más',
      'lee también',
      'más noticias',
      'articoli correlati',
      'leggi anche',
      'potrebbe interessarti',
      'i più letti',
      'altre notizie',
      '関連記事',
      '関連ニュース',
      'あわせて読みたい',
      'おすすめ記事',
      '人気記事',
      'こちらもおすすめ',
      'voir aussi',
      'lees ook',
      'meest gelezen',
      'laatste nieuws',
      'leia também',
      'veja também',
      'mais lidas',
      'читайте также',
      'самое читаемое',
      'последние новости',
      'اقرأ أيضاً?',
      'الأكثر قراءة',
      'أخبار ذات صلة',
      '相关新闻',
      '相关阅读',
      '热门排行',
      '热点排行',
      '관련\\s?기사',
      '많이 본 뉴스',
    ].join('|') +
    ')\\s*[:：.…]?$',
  'iu',
);

export function isRelatedHeading(text: string): boolean {
  return text.length <= 60 && RELATED_HEADING.test(text);
}

/** Headlines in a related list are short and almost never end with a full stop (a question mark, often). */
const MAX_HEADLINE = 160;
const SENTENCE_END = /[.。]["'”’»」)]*$/u;

/** True for a line that can be a headline in a list of links; false for what reads as body text. */
export function isHeadlineLike(text: string): boolean {
  if (text.length > MAX_HEADLINE) return false;
  const words = text.split(' ').length;
  return !(SENTENCE_END.test(text) && words >= 6);
}
