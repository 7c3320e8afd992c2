import { fold, readFacts, readNames } from './evidence';
import { compareAge } from './group';
import { skeletonDistance } from './katakana';
import type { StoryInput, StoryMeta } from './types';

/** A stretch of one version's clean text that no other version of the story carries. */
export interface OwnPassage {
  /** UTF-16 offsets into the clean text. */
  start: number;
  end: number;
  /** Why, in a sentence the analyst reads on hover. */
  reason: string;
}

interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Set<string>;
  facts: string[];
  /** Names, and their sound keys for comparing with text in another script. */
  names: string[];
  sounds: string[];
}

interface Version {
  id: string;
  lang: string;
  sentences: Sentence[];
  facts: Set<string>;
  names: Set<string>;
  sounds: Set<string>;
}

/**
 * A sentence in the same language is carried by another version when that version has a
 * sentence (or two running ones, as a rewrite may split a sentence) holding this share of its
 * content words: a reworded copy keeps well over half, a new sentence on the same story shares
 * its topic words but rarely half.
 */
const CARRIED_WORDS = 0.5;
/** Across languages, a sentence is carried when this share of its names and figures is found. */
const CARRIED_EVIDENCE = 0.5;
/** Sentences with fewer content words than this are too short to judge by wording. */
const MIN_TOKENS = 3;

/**
 * Marks, in each version of a story, the passages that no other version carries. Within one
 * language the wording decides; across languages only language-independent evidence can
 * (figures, dates, names, katakana names by sound), so a sentence with none of it is never
 * marked on that ground. A figure or date that no other version gives marks its sentence
 * whatever the wording. Neighbouring marked sentences of one paragraph form one passage.
 */
export function passagesOnlyHere(members: StoryInput[]): Map<string, OwnPassage[]> {
  const versions = members.map(readVersion);
  const result = new Map<string, OwnPassage[]>();
  for (const version of versions) {
    const others = versions.filter((v) => v !== version);
    const verdicts = version.sentences.map((sentence) =>
      others.length === 0 ? CARRIED : judge(sentence, version, others),
    );
    // A sentence that cannot be judged (no figures or names to compare across languages) goes
    // with its paragraph when every other sentence there is this version's own.
    version.sentences.forEach((sentence, i) => {
      if (verdicts[i]!.type !== 'unknown') return;
      const around = version.sentences
        .map((other, j) => (other.paragraph === sentence.paragraph ? verdicts[j]! : null))
        .filter((v) => v !== null && v.type !== 'unknown');
      if (around.length > 0 && around.every((v) => v.type === 'own'))
        verdicts[i] = { type: 'own', reason: PARAGRAPH };
    });
    const marks: (OwnPassage & { paragraph: number })[] = [];
    let lastIndex = -2;
    version.sentences.forEach((sentence, i) => {
      const verdict = verdicts[i]!;
      if (verdict.type !== 'own') return;
      const last = marks[marks.length - 1];
      if (
        last &&
        last.paragraph === sentence.paragraph &&
        last.end <= sentence.start &&
        lastIndex === i - 1
      ) {
        last.end = sentence.end;
        if (!last.reason.includes(verdict.reason))
          last.reason =
            verdict.reason === PARAGRAPH ? `${last.reason} ${PARAGRAPH}` : `${verdict.reason} ${last.reason}`;
      } else
        marks.push({
          start: sentence.start,
          end: sentence.end,
          reason: verdict.reason,
          paragraph: sentence.paragraph,
        });
      lastIndex = i;
    });
    result.set(
      version.id,
      marks.map(({ start, end, reason }) => ({ start, end, reason })),
    );
  }
  return result;
}

const PARAGRAPH = 'Part of a paragraph no other version carries.';

type Verdict = { type: 'own'; reason: string } | { type: 'carried' } | { type: 'unknown' };
const CARRIED: Verdict = { type: 'carried' };
const UNKNOWN: Verdict = { type: 'unknown' };

function judge(sentence: Sentence, version: Version, others: Version[]): Verdict {
  const newFacts = sentence.facts.filter((f) => !others.some((o) => o.facts.has(f)));
  if (newFacts.length > 0) {
    const list = newFacts.slice(0, 3).map(describeFact).join(', ');
    return { type: 'own', reason: `Only this version gives ${list}.` };
  }
  const sameLanguage = others.filter((o) => o.lang === version.lang);
  const otherLanguages = others.filter((o) => o.lang !== version.lang);
  const byWords = sentence.tokens.size >= MIN_TOKENS;
  if (sameLanguage.some((o) => carriedByWords(sentence, o))) return CARRIED;
  if (others.some((o) => carriedByEvidence(sentence, version, o))) return CARRIED;
  const sameJudged = byWords || judgeable(sentence);
  const crossJudged = otherLanguages.length === 0 || judgeable(sentence);
  if (!sameJudged || !crossJudged) return UNKNOWN;
  const named = sentence.names.filter((n) => !n.startsWith('p:')).slice(0, 3);
  const reason =
    sameLanguage.length === 0
      ? `Its names and figures${named.length > 0 ? ` (${named.join(', ')})` : ''} appear in no other version.`
      : otherLanguages.length === 0
        ? 'No other version has this wording.'
        : 'No other version has this wording, nor its names and figures.';
  return { type: 'own', reason };
}

/**
 * Enough evidence to say another language leaves the sentence out: a figure, or two names. One
 * name alone is too often spelt differently ("Anvers", "Antwerp") to count, and sound keys
 * alone are not enough either: katakana loanwords give them as well as names do.
 */
function judgeable(sentence: Sentence): boolean {
  return sentence.facts.length > 0 || sentence.names.length >= 2;
}

function carriedByWords(sentence: Sentence, other: Version): boolean {
  if (sentence.tokens.size < MIN_TOKENS) return false;
  const list = other.sentences;
  for (let i = 0; i < list.length; i++) {
    if (share(sentence.tokens, list[i]!.tokens, list[i + 1]?.tokens) >= CARRIED_WORDS) return true;
  }
  return false;
}

function share(tokens: Set<string>, a: Set<string>, b: Set<string> | undefined): number {
  let found = 0;
  for (const t of tokens) if (a.has(t) || b?.has(t)) found++;
  return found / tokens.size;
}

/** Across scripts (Japanese and Latin letters) names are also compared by sound. */
function crossScript(a: Version, b: Version): boolean {
  return (a.lang === 'ja') !== (b.lang === 'ja');
}

function evidenceOf(sentence: Sentence, sounds: boolean): number {
  return sentence.facts.length + Math.max(sentence.names.length, sounds ? sentence.sounds.length : 0);
}

function carriedByEvidence(sentence: Sentence, version: Version, other: Version): boolean {
  const sounds = crossScript(version, other);
  const total = evidenceOf(sentence, sounds);
  if (total === 0) return false;
  const count = (keys: string[], set: Set<string>) => keys.filter((k) => set.has(k)).length;
  // Japanese text may give a name only as katakana: by sound is then the only way to find it.
  const names = Math.max(
    count(sentence.names, other.names),
    sounds ? sentence.sounds.filter((k) => hasSound(other.sounds, k)).length : 0,
  );
  return (count(sentence.facts, other.facts) + names) / total >= CARRIED_EVIDENCE;
}

/**
 * Within one story a looser match is safe: a sound key one class away from another counts, as
 * katakana drops an English r ("アントワープ" NTP, "Antwerp" NTRP).
 */
function hasSound(sounds: Set<string>, key: string): boolean {
  if (sounds.has(key)) return true;
  for (const other of sounds) if (skeletonDistance(other.slice(2), key.slice(2)) <= 1) return true;
  return false;
}

function readVersion(input: StoryInput): Version {
  const lang = input.lang ?? 'unknown';
  const sentences = splitSentences(input.text).map((s) => {
    const text = input.text.slice(s.start, s.end).normalize('NFKC');
    const { names, sounds } = readNames(text, lang);
    return { ...s, tokens: contentTokens(text, lang), facts: readFacts(text, lang), names, sounds };
  });
  return {
    id: input.id,
    lang,
    sentences,
    facts: new Set(sentences.flatMap((s) => s.facts)),
    names: new Set(sentences.flatMap((s) => s.names)),
    sounds: new Set(sentences.flatMap((s) => s.sounds)),
  };
}

/** Japanese and Latin sentence ends (as in evidence.ts), and line ends, which end headlines. */
const SENTENCE_END =
  /[。！？]+[」』）]*|(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Mrd|Mio|Nr|ca|vs))[.!?]+[’”"»)]*(?=\s)/gu;

/** Sentences with their offsets, trimmed of surrounding space, each tagged with its paragraph. */
export function splitSentences(text: string): { start: number; end: number; paragraph: number }[] {
  const out: { start: number; end: number; paragraph: number }[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let p = paragraphs.exec(text); p !== null; p = paragraphs.exec(text)) {
    const base = p.index;
    const body = p[0];
    let from = 0;
    const push = (start: number, end: number) => {
      const piece = body.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      if (end - trail > start + lead)
        out.push({ start: base + start + lead, end: base + end - trail, paragraph });
    };
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
      const end = m.index + m[0].length;
      push(from, end);
      from = end;
    }
    push(from, body.length);
    if (out.length > 0 && out[out.length - 1]!.paragraph === paragraph) paragraph++;
  }
  return out;
}

/** Words that carry no content in the languages we read most; the rest of a sentence says what it is about. */
const STOP = new Set(
  (
    'the and that this with from have has had will would said says been were was are for not but its their ' +
    'they them than then also which who whom what when where after before into over under about more most ' +
    'les des une que qui dans pour par sur avec est sont été aux ses leur mais plus ont elle ils cette ' +
    'der die das und den dem des ein eine einen einem mit von für auf ist sind wird wurde nicht sich auch ' +
    'als bei nach aus hat haben'
  ).split(' '),
);
const WORD = /[\p{sc=Latin}\p{M}]{3,}|\p{N}+/gu;
const CJK = /[\p{sc=Han}\p{sc=Katakana}ー々]+/gu;

function contentTokens(text: string, lang: string): Set<string> {
  const tokens = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = fold(m[0]);
    if (!STOP.has(word)) tokens.add(word);
  }
  if (lang === 'ja' || lang === 'zh' || lang === 'unknown') {
    CJK.lastIndex = 0;
    for (let m = CJK.exec(text); m !== null; m = CJK.exec(text)) {
      const run = m[0];
      if (run.length === 1) tokens.add(run);
      for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
    }
  }
  return tokens;
}

/** "9.2e11" → "920 billion", "d:07-11" → "the date 07-11", "12.5%" as it is. */
export function describeFact(key: string): string {
  if (key.startsWith('d:')) return `the date ${key.slice(2)}`;
  if (key.endsWith('%')) return key;
  const value = Number(key);
  if (!Number.isFinite(value)) return key;
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [scale, word] of scales) {
    if (value >= scale) return `${Number((value / scale).toPrecision(3))} ${word}`;
  }
  return String(value);
}

export interface Earliest {
  /** The member published first, then imported first; null for an empty story. */
  id: string | null;
  /** What decided: the published dates, the import order alone, or nothing (only ids). */
  basis: 'published' | 'imported' | 'none';
  /** Members without a published date, which count as the latest. */
  undated: string[];
}

/** The earliest member of a story, and whether missing dates make that uncertain. */
export function earliestMember(members: readonly StoryMeta[]): Earliest {
  const ordered = [...members].sort(compareAge);
  const first = ordered[0];
  const undated = members.filter((m) => !m.published).map((m) => m.id);
  if (first === undefined) return { id: null, basis: 'none', undated };
  const basis = first.published ? 'published' : first.importedAt ? 'imported' : 'none';
  return { id: first.id, basis, undated };
}

/** Members from earliest to latest. */
export function orderByAge<T extends StoryMeta>(members: readonly T[]): T[] {
  return [...members].sort(compareAge);
}
