import type { Candidate } from './types';

/*
 * Japanese has no spaces, so names and organisations are read from runs of kanji and katakana,
 * which particles (hiragana) and punctuation end: "経済産業省は" → run "経済産業省".
 */
const RUN = /[\p{sc=Han}\p{sc=Katakana}ー・々]+/gu;
const ORG_SUFFIX = /(?:株式会社|委員会|機構|省|庁|銀行|研究所|協会|連合|機関|大学|議会|公社|財団|政府)$/u;
const TITLE_SUFFIX = /(?:首相|大臣|氏|議員|社長|会長|大統領|委員長|委員|長官|総裁|知事|教授|報道官|代表)$/u;
/** "同省" (the said ministry), "各国": references, not names. */
const REFERENCE = /^[同各両当本]/u;
/** Title words that precede the office: "経済産業大臣" has no name in it. */
const OFFICE = /(?:産業|外務|財務|防衛|総務|環境|担当|経済|首脳|政府|欧州|国際|国務|デジタル)$/u;
const ADVERB = /[前元現新]$/u;
const KATAKANA_NAME = /^[\p{sc=Katakana}ー・]+/u;

export function findJapanese(text: string): Candidate[] {
  const found: Candidate[] = [];
  const names = new Set<string>();
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const run = m[0];
    if (REFERENCE.test(run)) continue;
    if (ORG_SUFFIX.test(run) || run.startsWith('株式会社')) {
      if (run.length > 1 && !/^(?:政府|株式会社)$/u.test(run)) {
        found.push({ kind: 'organisation', start: m.index, end: m.index + run.length, confidence: 0.8 });
      }
      continue;
    }
    const name = nameBeforeTitle(run, text.startsWith('さん', m.index + run.length));
    if (name === null) continue;
    names.add(name);
    found.push({ kind: 'person', start: m.index, end: m.index + name.length, confidence: 0.75 });
  }
  return [...found, ...repeats(text, names)];
}

function nameBeforeTitle(run: string, san: boolean): string | null {
  const title = san ? null : TITLE_SUFFIX.exec(run);
  if (!san && title === null) return null;
  let name = title === null ? run : run.slice(0, title.index);
  const katakana = KATAKANA_NAME.exec(name);
  if (katakana !== null) name = katakana[0];
  else if (name.length > 4) name = name.slice(0, 2);
  name = name.replace(ADVERB, '');
  if (name.length < 2 || OFFICE.test(name)) return null;
  return name;
}

/** Later bare mentions of a name found with a title: "岸田首相は…岸田氏は…岸田は". */
function repeats(text: string, names: Set<string>): Candidate[] {
  const found: Candidate[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      found.push({ kind: 'person', start: at, end: at + name.length, confidence: 0.6 });
    }
  }
  return found;
}
