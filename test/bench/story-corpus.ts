import type { StoryInput } from '../../shared/stories/types';

/**
 * A synthetic corpus with a known answer for story grouping: stories told in several versions
 * (an original, renderings in other languages with the facts reordered and some dropped,
 * sentence-by-sentence "machine" translations, synonym-swapped copies) plus singletons. Names
 * come from one shared pool, so unrelated stories often share people and places, and filler
 * sentences come from shared lexicons, so same-language articles share most of their words.
 */
type Lang = 'en' | 'fr' | 'de' | 'ja';
const LANGS: Lang[] = ['en', 'fr', 'de', 'ja'];

export interface SyntheticArticle extends StoryInput {
  story: number;
  version: 'original' | 'rendering' | 'machine' | 'spun';
}

interface Facts {
  people: { latin: string; ja: string }[];
  place: Record<Lang, string>;
  amounts: number[];
  percents: number[];
  counts: number[];
  month: number;
  day: number;
}

const FIRST =
  'Anna Boris Chloé Dieter Emi Farid Greta Hiro Inès Jonas Kaori Lars Mina Noah Olga Pierre Rin Sven Toma Ute'.split(
    ' ',
  );
const LAST =
  'Berger Caron Dahl Endo Faure Gruber Hayashi Imbert Jansen Kato Lemaire Maier Nakamura Oudin Petit Richter Sato Thomas Vogel Wolff Arai Blanc Fischer Girard Honda Kraus Lange Mori Noel Ota'.split(
    ' ',
  );
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ'.split('');
const PLACES: Record<Lang, string>[] = [
  ['Tokyo', 'Tokyo', 'Tokio', '東京'],
  ['Brussels', 'Bruxelles', 'Brüssel', 'ブリュッセル'],
  ['Berlin', 'Berlin', 'Berlin', 'ベルリン'],
  ['Paris', 'Paris', 'Paris', 'パリ'],
  ['Osaka', 'Osaka', 'Osaka', '大阪'],
  ['Geneva', 'Genève', 'Genf', 'ジュネーブ'],
  ['Rotterdam', 'Rotterdam', 'Rotterdam', 'ロッテルダム'],
  ['Vienna', 'Vienne', 'Wien', 'ウィーン'],
].map(([en, fr, de, ja]) => ({ en: en!, fr: fr!, de: de!, ja: ja! }));

const MONTHS: Record<Exclude<Lang, 'ja'>, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
};

/** Filler: subject, verb, object, tail; the second word of each pair is the "spun" synonym. */
const LEXICON: Record<Lang, [string, string][][]> = {
  en: [
    [
      ['Officials', 'Authorities'],
      ['Analysts', 'Observers'],
      ['Executives', 'Managers'],
      ['Lawmakers', 'Legislators'],
      ['Investors', 'Backers'],
    ],
    [
      ['expect', 'anticipate'],
      ['discussed', 'debated'],
      ['criticised', 'faulted'],
      ['welcomed', 'praised'],
      ['questioned', 'challenged'],
    ],
    [
      ['the plan', 'the scheme'],
      ['the schedule', 'the timetable'],
      ['the budget', 'the spending'],
      ['the rules', 'the regulations'],
      ['the talks', 'the negotiations'],
    ],
    [
      ['this week', 'these days'],
      ['after the meeting', 'following the meeting'],
      ['in a statement', 'in a release'],
      ['on the sidelines', 'at the margins'],
      ['again', 'once more'],
    ],
  ],
  fr: [
    [
      ['Les responsables', 'Les dirigeants'],
      ['Les analystes', 'Les observateurs'],
      ['Les patrons', 'Les chefs'],
      ['Les députés', 'Les élus'],
      ['Les investisseurs', 'Les financeurs'],
    ],
    [
      ['attendent', 'espèrent'],
      ['ont discuté', 'ont débattu'],
      ['ont critiqué', 'ont contesté'],
      ['ont salué', 'ont applaudi'],
      ['ont interrogé', 'ont questionné'],
    ],
    [
      ['le projet', 'le plan'],
      ['le calendrier', 'le programme'],
      ['le budget', 'les dépenses'],
      ['les règles', 'la réglementation'],
      ['les négociations', 'les pourparlers'],
    ],
    [
      ['cette semaine', 'ces jours-ci'],
      ['après la réunion', 'à l’issue de la réunion'],
      ['dans un communiqué', 'dans une note'],
      ['en marge', 'en coulisses'],
      ['de nouveau', 'une fois de plus'],
    ],
  ],
  de: [
    [
      ['Beamte', 'Behördenvertreter'],
      ['Analysten', 'Beobachter'],
      ['Manager', 'Führungskräfte'],
      ['Abgeordnete', 'Parlamentarier'],
      ['Anleger', 'Investoren'],
    ],
    [
      ['erwarten', 'rechnen mit'],
      ['diskutierten', 'debattierten'],
      ['kritisierten', 'bemängelten'],
      ['begrüßten', 'lobten'],
      ['hinterfragten', 'bezweifelten'],
    ],
    [
      ['den Plan', 'das Vorhaben'],
      ['den Zeitplan', 'die Terminplanung'],
      ['das Budget', 'die Ausgaben'],
      ['die Regeln', 'die Vorschriften'],
      ['die Gespräche', 'die Verhandlungen'],
    ],
    [
      ['in dieser Woche', 'in diesen Tagen'],
      ['nach dem Treffen', 'im Anschluss an das Treffen'],
      ['in einer Erklärung', 'in einer Mitteilung'],
      ['am Rande', 'nebenbei'],
      ['erneut', 'wieder'],
    ],
  ],
  ja: [
    [
      ['当局者', '関係者'],
      ['アナリスト', '専門家'],
      ['経営陣', '幹部'],
      ['議員', '政治家'],
      ['投資家', '市場関係者'],
    ],
    [
      ['期待した', '見込んだ'],
      ['議論した', '協議した'],
      ['批判した', '非難した'],
      ['歓迎した', '評価した'],
      ['疑問視した', '問題視した'],
    ],
    [
      ['計画', '構想'],
      ['日程', '予定'],
      ['予算', '支出'],
      ['規則', '規制'],
      ['協議', '交渉'],
    ],
    [
      ['今週', 'この数日'],
      ['会合後', '会議の後'],
      ['声明で', '発表文で'],
      ['会合の傍らで', '会議の合間に'],
      ['改めて', '再び'],
    ],
  ],
};

/** Syllables of made-up topic words, so unrelated stories use different words as real ones do. */
const SYLLABLES: Record<Lang, string[]> = {
  en: 'ban cor del fen gar hol lin mar nor pel quin ros sel tor ven wil'.split(' '),
  fr: 'bé ca don fri gue jou lar mé noi pra què ron sau teu vil zé'.split(' '),
  de: 'bau dorf eck feld grub hain kamm lein mark rast schau tal werk zug berg stein'.split(' '),
  ja: '開発 輸送 電力 港湾 素材 金融 農業 通信 医療 鉄道 観光 造船 水産 建設 宇宙 防災'.split(' '),
};
const TOPIC_WORDS = 12;

function topicWords(lang: Lang, topic: number): string[] {
  const rnd = random(topic * 31 + lang.length);
  const syl = SYLLABLES[lang];
  return Array.from({ length: TOPIC_WORDS }, () =>
    Array.from({ length: lang === 'ja' ? 2 : 3 }, () => syl[Math.floor(rnd() * syl.length)]).join(''),
  );
}

/** Deterministic, so every run measures the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticStories(count: number, seed = 7): SyntheticArticle[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const people = Array.from({ length: 400 }, () => ({
    latin: `${pick(FIRST)} ${pick(LAST)}`,
    ja: Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(KANA)).join(''),
  }));
  const articles: SyntheticArticle[] = [];
  let story = 0;
  while (articles.length < count) {
    story++;
    const facts: Facts = {
      people: [pick(people), pick(people)],
      place: pick(PLACES),
      amounts: Array.from(
        { length: 3 },
        () => (Math.round(10 + rnd() * 980) / 10) * (rnd() < 0.5 ? 1e6 : 1e9),
      ),
      percents: Array.from({ length: 2 }, () => Math.round(rnd() * 400) / 10 + 1),
      counts: Array.from({ length: 2 }, () => 11 + Math.floor(rnd() * 9000)),
      month: 1 + Math.floor(rnd() * 12),
      day: 1 + Math.floor(rnd() * 28),
    };
    const day = Date.UTC(2025, 0, 1) + Math.floor(rnd() * 365) * 86_400_000;
    const lang = pick(LANGS);
    // Four in ten stories are singletons; the others have two to five versions.
    const versions = rnd() < 0.4 ? 1 : 2 + Math.floor(rnd() * 4);
    const fillerSeed = Math.floor(rnd() * 1e9);
    const topic = Math.floor(rnd() * 1e9);
    const render = (l: Lang, layout: 'original' | 'rendering', seedOf: number, spun: boolean) =>
      renderArticle(facts, l, layout, seedOf, spun, topicWords(l, topic));
    const original = render(lang, 'original', fillerSeed, false);
    const push = (text: string, l: Lang, version: SyntheticArticle['version'], offsetDays: number) =>
      articles.push({
        id: `a${String(articles.length).padStart(5, '0')}`,
        lang: l,
        published: new Date(day + offsetDays * 86_400_000).toISOString(),
        importedAt: null,
        text,
        story,
        version,
      });
    push(original, lang, 'original', 0);
    for (let v = 1; v < versions && articles.length < count; v++) {
      const kind = pick(['rendering', 'rendering', 'machine', 'spun'] as const);
      const other = pick(LANGS.filter((l) => l !== lang));
      if (kind === 'spun') push(render(lang, 'original', fillerSeed, true), lang, kind, 1);
      else if (kind === 'machine')
        push(render(other, 'original', fillerSeed, false), other, kind, 1 + Math.floor(rnd() * 2));
      else
        push(render(other, 'rendering', Math.floor(rnd() * 1e9), false), other, kind, Math.floor(rnd() * 3));
    }
  }
  return articles;
}

/**
 * One article: six paragraphs, each with one fact sentence and filler. An original and its
 * machine translation share the filler seed and fact order; a rendering draws its own.
 */
function renderArticle(
  facts: Facts,
  lang: Lang,
  layout: 'original' | 'rendering',
  seed: number,
  spun: boolean,
  topic: string[],
): string {
  const rnd = random(seed);
  let sentences = factSentences(facts, lang);
  if (layout === 'rendering') {
    sentences = sentences.filter(() => rnd() > 0.2).sort(() => rnd() - 0.5);
  }
  const paragraphs = sentences.map((fact) => {
    const filler = Array.from({ length: 7 + Math.floor(rnd() * 6) }, () =>
      fillerSentence(lang, rnd, spun, topic),
    );
    return [fact, ...filler].join(lang === 'ja' ? '' : ' ');
  });
  return paragraphs.join('\n\n');
}

function fillerSentence(lang: Lang, rnd: () => number, spun: boolean, topic: string[]): string {
  const words = LEXICON[lang].map((slot) => slot[Math.floor(rnd() * slot.length)]![spun ? 1 : 0]);
  const t1 = topic[Math.floor(rnd() * topic.length)]!;
  const t2 = topic[Math.floor(rnd() * topic.length)]!;
  if (lang === 'ja') return `${words[0]}は${words[3]}${t1}の${words[2]}と${t2}について${words[1]}。`;
  if (lang === 'de') return `${words[0]} ${words[1]} ${words[3]} ${words[2]} zu ${t1} und ${t2}.`;
  if (lang === 'fr') return `${words[0]} ${words[1]} ${words[2]} sur ${t1} et ${t2} ${words[3]}.`;
  return `${words[0]} ${words[1]} ${words[2]} on ${t1} and ${t2} ${words[3]}.`;
}

function factSentences(f: Facts, lang: Lang): string[] {
  const [p1, p2] = f.people as [Facts['people'][0], Facts['people'][0]];
  const [a1, a2, a3] = f.amounts.map((a) => amount(a, lang)) as [string, string, string];
  const [r1, r2] = f.percents.map((p) => percent(p, lang)) as [string, string];
  const [c1, c2] = f.counts.map((c) => count(c, lang)) as [string, string];
  const place = f.place[lang];
  const date =
    lang === 'ja'
      ? `${f.month}月${f.day}日`
      : lang === 'de'
        ? `${f.day}. ${MONTHS.de[f.month - 1]}`
        : `${f.day} ${MONTHS[lang][f.month - 1]}`;
  const name = (p: Facts['people'][0]) => (lang === 'ja' ? p.ja : p.latin);
  switch (lang) {
    case 'en':
      return [
        `On ${date} in ${place}, minister ${name(p1)} announced a programme worth ${a1}.`,
        `The budget rises by ${r1} and should create ${c1} jobs, said ${name(p2)}.`,
        `A second tranche of ${a2} is planned, with ${c2} companies taking part.`,
        `Prices fell by ${r2} last year while exports reached ${a3}.`,
      ];
    case 'fr':
      return [
        `Le ${date} à ${place}, le ministre ${name(p1)} a annoncé un programme de ${a1}.`,
        `Le budget augmente de ${r1} et doit créer ${c1} emplois, a déclaré ${name(p2)}.`,
        `Une seconde tranche de ${a2} est prévue, avec ${c2} entreprises participantes.`,
        `Les prix ont baissé de ${r2} l’an dernier, tandis que les exportations ont atteint ${a3}.`,
      ];
    case 'de':
      return [
        `Am ${date} kündigte Minister ${name(p1)} in ${place} ein Programm über ${a1} an.`,
        `Das Budget steigt um ${r1} und soll ${c1} Arbeitsplätze schaffen, sagte ${name(p2)}.`,
        `Eine zweite Tranche von ${a2} ist geplant, ${c2} Unternehmen nehmen teil.`,
        `Die Preise sanken im vergangenen Jahr um ${r2}, die Exporte erreichten ${a3}.`,
      ];
    case 'ja':
      return [
        `${name(p1)}大臣は${date}、${place}で${a1}規模の計画を発表した。`,
        `予算は${r1}増え、${c1}人の雇用を生むと${name(p2)}氏は述べた。`,
        `第2弾として${a2}が予定され、${c2}社が参加する。`,
        `昨年、価格は${r2}下落し、輸出は${a3}に達した。`,
      ];
  }
}

function amount(value: number, lang: Lang): string {
  const billions = value >= 1e9;
  const scaled = billions ? value / 1e9 : value / 1e6;
  switch (lang) {
    case 'en':
      return `€${scaled}${billions ? 'bn' : 'm'}`;
    case 'fr':
      return `${String(scaled).replace('.', ',')} ${billions ? 'milliards' : 'millions'} d’euros`;
    case 'de':
      return `${String(scaled).replace('.', ',')} ${billions ? 'Mrd.' : 'Mio.'} Euro`;
    case 'ja': {
      const oku = Math.floor(value / 1e8);
      const man = Math.round((value % 1e8) / 1e4);
      return `${oku > 0 ? `${oku}億` : ''}${man > 0 ? `${man}万` : ''}ユーロ`;
    }
  }
}

function percent(value: number, lang: Lang): string {
  const text = Number(value.toFixed(1));
  if (lang === 'en') return `${text}%`;
  if (lang === 'ja') return `${text}％`;
  return `${String(text).replace('.', ',')}${lang === 'fr' ? ' %' : ' Prozent'}`;
}

function count(value: number, lang: Lang): string {
  if (value < 1000 || lang === 'ja') return String(value);
  const grouped = `${Math.floor(value / 1000)}${{ en: ',', fr: '\u202f', de: '.' }[lang]}${String(value % 1000).padStart(3, '0')}`;
  return grouped;
}
