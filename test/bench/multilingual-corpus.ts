/**
 * A synthetic news corpus for the search benchmark: articles in English, French, German and
 * Japanese built from our own sentence templates, with a vocabulary large enough (invented
 * surnames, towns and companies made of syllables, real function words and inflections) that
 * postings lists have a realistic spread of lengths. Deterministic: the same seed gives the
 * same corpus, so runs are comparable.
 */

export interface BenchArticle {
  id: string;
  lang: 'en' | 'fr' | 'de' | 'ja';
  title: string;
  text: string;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN_SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'len',
  'dor',
  'ber',
  'sch',
  'tal',
  'vin',
  'mar',
  'te',
  'lu',
  'gan',
  'rik',
  'so',
  'fel',
  'wen',
  'har',
  'do',
  'ne',
];
const KANA_SYLLABLES = [
  'カ',
  'ロ',
  'ミ',
  'レン',
  'ド',
  'ベ',
  'タ',
  'ヴィ',
  'マ',
  'テ',
  'ル',
  'ガン',
  'リ',
  'ソ',
  'フェ',
  'ハ',
  'ネ',
];
const KANJI = '東西南北山川田中村木本林森大小高原野島松井上下石橋岡崎新宮長沢';

function invent(pick: () => number, parts: string[], min: number, max: number): string {
  const n = min + Math.floor(pick() * (max - min + 1));
  return Array.from({ length: n }, () => parts[Math.floor(pick() * parts.length)]!).join('');
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The invented proper names, fixed per seed so that they recur across articles like real actors. */
function names(seed: number) {
  const pick = random(seed);
  return {
    people: Array.from({ length: 3000 }, () => capital(invent(pick, LATIN_SYLLABLES, 2, 3))),
    towns: Array.from({ length: 800 }, () => capital(invent(pick, LATIN_SYLLABLES, 2, 3))),
    firms: Array.from({ length: 600 }, () => `${capital(invent(pick, LATIN_SYLLABLES, 2, 2))}tek`),
    kanaPeople: Array.from({ length: 1500 }, () => invent(pick, KANA_SYLLABLES, 2, 4)),
    kanjiPlaces: Array.from({ length: 600 }, () => invent(pick, KANJI.split(''), 2, 3)),
  };
}

type Names = ReturnType<typeof names>;

const WORDS = {
  en: {
    roles: [
      'minister',
      'spokeswoman',
      'spokesman',
      'chief executive',
      'mayor',
      'governor',
      'senator',
      'analyst',
      'economist',
      'judge',
    ],
    verbs: [
      'announced',
      'rejected',
      'approved',
      'criticised',
      'delayed',
      'expanded',
      'investigated',
      'cancelled',
      'defended',
      'questioned',
    ],
    things: [
      'elections',
      'sanctions',
      'subsidies',
      'tariffs',
      'pipelines',
      'vaccines',
      'railways',
      'budgets',
      'contracts',
      'reforms',
      'protests',
      'shipments',
      'loans',
      'wages',
      'emissions',
    ],
    adjectives: [
      'new',
      'controversial',
      'regional',
      'national',
      'emergency',
      'long-awaited',
      'secret',
      'public',
      'foreign',
      'local',
    ],
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
  fr: {
    roles: [
      'ministre',
      'porte-parole',
      'président-directeur général',
      'maire',
      'préfet',
      'sénatrice',
      'analyste',
      'économiste',
      'juge',
      'députée',
    ],
    verbs: [
      'a annoncé',
      'a rejeté',
      'a approuvé',
      'a critiqué',
      'a reporté',
      'a élargi',
      'a enquêté sur',
      'a annulé',
      'a défendu',
      'a contesté',
    ],
    things: [
      'élections',
      'sanctions',
      'subventions',
      'droits de douane',
      'gazoducs',
      'vaccins',
      'chemins de fer',
      'budgets',
      'contrats',
      'réformes',
      'manifestations',
      'livraisons',
      'prêts',
      'salaires',
      'émissions',
    ],
    adjectives: [
      'nouvelles',
      'controversées',
      'régionales',
      'nationales',
      'urgentes',
      'attendues',
      'secrètes',
      'publiques',
      'étrangères',
      'locales',
    ],
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  },
  de: {
    roles: [
      'Ministerin',
      'Sprecher',
      'Vorstandschef',
      'Bürgermeister',
      'Gouverneurin',
      'Senator',
      'Analystin',
      'Ökonom',
      'Richterin',
      'Abgeordnete',
    ],
    verbs: [
      'kündigte',
      'lehnte',
      'genehmigte',
      'kritisierte',
      'verschob',
      'erweiterte',
      'untersuchte',
      'strich',
      'verteidigte',
      'hinterfragte',
    ],
    things: [
      'Wahlen',
      'Sanktionen',
      'Subventionen',
      'Zölle',
      'Pipelines',
      'Impfstoffe',
      'Bahnstrecken',
      'Haushalte',
      'Verträge',
      'Reformen',
      'Proteste',
      'Lieferungen',
      'Kredite',
      'Löhne',
      'Emissionen',
    ],
    adjectives: [
      'neuen',
      'umstrittenen',
      'regionalen',
      'nationalen',
      'dringenden',
      'lang erwarteten',
      'geheimen',
      'öffentlichen',
      'ausländischen',
      'örtlichen',
    ],
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  },
  ja: {
    roles: [
      '大臣',
      '報道官',
      '最高経営責任者',
      '市長',
      '知事',
      '上院議員',
      'アナリスト',
      '経済学者',
      '裁判官',
      '議員',
    ],
    verbs: [
      '発表した',
      '拒否した',
      '承認した',
      '批判した',
      '延期した',
      '拡大した',
      '調査した',
      '中止した',
      '擁護した',
      '疑問視した',
    ],
    things: [
      '選挙',
      '制裁',
      '補助金',
      '関税',
      'パイプライン',
      'ワクチン',
      '鉄道',
      '予算',
      '契約',
      '改革',
      '抗議活動',
      '輸送',
      '融資',
      '賃金',
      '排出量',
    ],
    adjectives: [
      '新たな',
      '物議を醸す',
      '地域の',
      '全国的な',
      '緊急の',
      '待望の',
      '秘密の',
      '公的な',
      '外国の',
      '地元の',
    ],
    days: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
  },
};

type Lang = BenchArticle['lang'];
const LANGS: Lang[] = ['en', 'fr', 'de', 'ja'];

function sentence(lang: Lang, pick: () => number, n: Names): string {
  const w = WORDS[lang];
  const one = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)]!;
  // Names are drawn with a skew, so a few actors are everywhere and most are rare.
  const skewed = <T>(list: readonly T[]) => list[Math.floor(pick() * pick() * list.length)]!;
  const count = 2 + Math.floor(pick() * 980);
  const year = 2019 + Math.floor(pick() * 6);
  if (lang === 'en')
    return one([
      `${skewed(n.people)}, the ${one(w.roles)} of ${skewed(n.towns)}, said on ${one(w.days)} that ${skewed(n.firms)} ${one(w.verbs)} ${count} ${one(w.adjectives)} ${one(w.things)}.`,
      `In ${year}, officials in ${skewed(n.towns)} ${one(w.verbs)} the ${one(w.adjectives)} ${one(w.things)} after talks with ${skewed(n.people)}.`,
      `"We have ${one(w.verbs)} nothing," ${skewed(n.people)} told reporters, adding that ${one(w.things)} would cost ${count} million euros.`,
      `The central bank's report on ${one(w.things)} was ${one(w.verbs)} by ${skewed(n.firms)} and the ${one(w.roles)} ${skewed(n.people)}.`,
    ]);
  if (lang === 'fr')
    return one([
      `${skewed(n.people)}, ${one(w.roles)} de ${skewed(n.towns)}, ${one(w.verbs)} ${one(w.days)} ${count} ${one(w.things)} ${one(w.adjectives)} avec ${skewed(n.firms)}.`,
      `En ${year}, les autorités de ${skewed(n.towns)} ont examiné l’état des ${one(w.things)} après l’intervention de ${skewed(n.people)}.`,
      `« Nous n’avons rien caché », a déclaré ${skewed(n.people)}, ajoutant que les ${one(w.things)} coûteraient ${count} millions d’euros.`,
      `Le rapport de la banque centrale sur les ${one(w.things)} ${one(w.verbs)} l’avis de ${skewed(n.firms)} et du ${one(w.roles)} ${skewed(n.people)}.`,
    ]);
  if (lang === 'de')
    return one([
      `${skewed(n.people)}, ${one(w.roles)} von ${skewed(n.towns)}, ${one(w.verbs)} am ${one(w.days)} ${count} ${one(w.adjectives)} ${one(w.things)} von ${skewed(n.firms)} an.`,
      `Im Jahr ${year} prüften die Behörden in ${skewed(n.towns)} die ${one(w.things)} nach Gesprächen mit ${skewed(n.people)}.`,
      `„Wir haben nichts verschwiegen“, sagte ${skewed(n.people)} in der Hauptstraße und fügte hinzu, die ${one(w.things)} kosteten ${count} Millionen Euro.`,
      `Der Bericht der Zentralbank über ${one(w.things)} wurde von ${skewed(n.firms)} und der ${one(w.roles)} ${skewed(n.people)} geprüft.`,
    ]);
  return one([
    `${skewed(n.kanjiPlaces)}の${one(w.roles)}${skewed(n.kanaPeople)}氏は${one(w.days)}、${skewed(n.firms)}が${count}件の${one(w.adjectives)}${one(w.things)}を${one(w.verbs)}と述べた。`,
    `${year}年、${skewed(n.kanjiPlaces)}の当局は${skewed(n.kanaPeople)}氏との協議の後、${one(w.things)}について${one(w.verbs)}。`,
    `「何も隠していない」と${skewed(n.kanaPeople)}氏は記者団に語り、${one(w.things)}の費用は${count}百万ユーロになると付け加えた。`,
    `中央銀行の${one(w.things)}に関する報告書は、${skewed(n.firms)}と${one(w.roles)}の${skewed(n.kanaPeople)}氏によって${one(w.verbs)}。`,
  ]);
}

/** `count` articles of about `charsPerArticle` characters each (Japanese ones are shorter in characters, as real ones are). */
export function generateArticles(count: number, seed = 20231123, charsPerArticle = 3000): BenchArticle[] {
  const n = names(seed);
  const pick = random(seed + 1);
  const articles: BenchArticle[] = [];
  for (let k = 0; k < count; k += 1) {
    const lang = LANGS[k % LANGS.length]!;
    const target = lang === 'ja' ? charsPerArticle / 2.4 : charsPerArticle;
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const paragraph = Array.from({ length: 3 + Math.floor(pick() * 3) }, () =>
        sentence(lang, pick, n),
      ).join(lang === 'ja' ? '' : ' ');
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const title = paragraphs[0]!.slice(0, 70);
    articles.push({
      id: k.toString(16).padStart(32, '0'),
      lang,
      title,
      text: `${title}\n\n${paragraphs.join('\n\n')}`,
    });
  }
  return articles;
}

/** The proper names the corpus draws from, so benchmark queries can name real actors of it. */
export function inventedNames(seed = 20231123): Names {
  return names(seed);
}
