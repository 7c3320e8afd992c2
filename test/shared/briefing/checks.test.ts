import { describe, expect, it } from 'vitest';
import {
  checkBriefing,
  checkEvidence,
  checkLikelihoodWithConfidence,
  checkLikelihoodWords,
  checkText,
  originalOf,
  sentences,
} from '../../../shared/briefing/checks';
import type { Briefing, EvidenceItem } from '../../../shared/domain/briefing';

const words = (text: string) => checkLikelihoodWords(text).map((w) => text.slice(w.start, w.end));

describe('likelihood words outside the ICD 203 scale', () => {
  it.each([
    ['Tokyo will probably sign.', ['probably']],
    ['A deal is highly likely.', ['highly likely']],
    ['A deal is highly unlikely, perhaps never.', ['highly unlikely', 'perhaps']],
    ['It is certain; it will certainly happen.', ['certain', 'certainly']],
    ['The talks could collapse and might resume.', ['could', 'might']],
    ['Brussels may well object.', ['may well']],
    ['It is possibly true, maybe not.', ['possibly', 'maybe']],
    [
      'A remote chance, nearly certain failure, roughly even odds.',
      ['remote chance', 'nearly certain', 'roughly even odds'],
    ],
    ['There is a real possibility of delay.', ['a real possibility']],
    ['It is improbable, even highly improbable.', ['improbable', 'highly improbable']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    'The pact is very likely to pass and almost certain to be signed.',
    'It is unlikely, very unlikely, or almost no chance; roughly even chance; almost certainly.',
    'Officials could not be reached and the minister couldn’t comment.',
    'The summit in May agreed as soon as possible.',
    'Probabilistic models are not words of estimative probability.',
  ])('leaves the scale and plain facts alone: %s', (text) => {
    expect(words(text)).toEqual([]);
  });

  it('names the scale term to use instead, at the exact offsets', () => {
    const text = 'They will probably sign.';
    expect(checkLikelihoodWords(text)).toEqual([
      {
        kind: 'non-standard-likelihood',
        message: '“probably” is not on the likelihood scale: use “likely” from the ICD 203 scale.',
        start: 10,
        end: 18,
      },
    ]);
  });
});

describe('likelihood and confidence in one sentence', () => {
  it.each([
    ['We assess with high confidence that the pact is likely to pass.', 1],
    ['The pact will probably pass; we have moderate confidence.', 1],
    ['The pact is likely to pass. We have high confidence in this.', 0],
    ['We have low confidence in the reporting.', 0],
    ['It is very likely to pass.', 0],
  ])('%s → %i warnings', (text, count) => {
    const found = checkLikelihoodWithConfidence(text);
    expect(found).toHaveLength(count);
    for (const warning of found) expect(warning.kind).toBe('likelihood-with-confidence');
  });

  it('marks the whole sentence, not the paragraph', () => {
    const text = 'First sentence. We are confident it is likely. Last one.';
    const [warning] = checkLikelihoodWithConfidence(text);
    expect(text.slice(warning!.start, warning!.end)).toBe('We are confident it is likely.');
  });

  it('splits sentences but not decimal numbers', () => {
    const text = 'A fund of 2.5 billion euros. Then more!  And a last one';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'A fund of 2.5 billion euros.',
      'Then more!',
      'And a last one',
    ]);
  });

  it('checkText sorts warnings by position', () => {
    const text = 'It will probably pass, we are confident. Maybe.';
    expect(checkText(text).map((w) => w.kind)).toEqual([
      'likelihood-with-confidence',
      'non-standard-likelihood',
      'non-standard-likelihood',
    ]);
  });
});

const item = (annotationId: string, documentId: string): EvidenceItem => ({
  annotationId,
  documentId,
  credibility: null,
  translation: '',
});
const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);

describe('evidence behind a key judgment', () => {
  it.each([
    ['none', [], {}, ['no-evidence']],
    ['one document', [item('1', A), item('2', A)], {}, ['single-source']],
    ['two documents', [item('1', A), item('2', B)], {}, []],
    ['a copy and its original', [item('1', A), item('2', B)], { [B]: A }, ['circular-reporting']],
    ['two copies of one original', [item('1', B), item('2', C)], { [B]: A, [C]: A }, ['circular-reporting']],
    ['a copy of a copy', [item('1', A), item('2', C)], { [B]: A, [C]: B }, ['circular-reporting']],
    ['a copy and an independent source', [item('1', B), item('2', C)], { [B]: A }, []],
  ] as const)('%s', (_name, evidence, derivativeOf, kinds) => {
    const found = checkEvidence('Tokyo will host the secretariat.', evidence, derivativeOf);
    expect(found.map((w) => w.kind)).toEqual(kinds);
    for (const warning of found) expect([warning.start, warning.end]).toEqual([0, 32]);
  });

  it('follows chains of copies and stops on a loop', () => {
    expect(originalOf(C, { [C]: B, [B]: A })).toBe(A);
    expect(originalOf(A, { [A]: B, [B]: A })).toBe(B);
    expect(originalOf(A)).toBe(A);
  });
});

describe('copies found by story grouping', () => {
  const briefing = (derivativeOf: Record<string, string>): Briefing => ({
    id: '0123456789abcdef',
    title: 'Chips',
    date: '2026-11-23',
    author: '',
    tlp: 'TLP:CLEAR',
    bluf: '',
    judgments: [
      {
        id: 'j1',
        text: 'Tokyo will host it.',
        confidence: 'high',
        likelihood: null,
        evidence: [item('1', A), item('2', B)],
      },
    ],
    sections: [],
    reliability: {},
    derivativeOf,
    created: '2026-11-23T00:00:00Z',
    modified: '2026-11-23T00:00:00Z',
  });
  const kinds = (b: Briefing, detected?: Record<string, string>) =>
    checkBriefing(b, detected).judgments.j1!.map((w) => w.kind);

  it('count as circular reporting without the analyst flagging them', () => {
    expect(kinds(briefing({}))).toEqual([]);
    expect(kinds(briefing({}), { [B]: A })).toEqual(['circular-reporting']);
  });

  it('give way to the analyst’s own flag for the same document', () => {
    expect(kinds(briefing({ [B]: C }), { [B]: A })).toEqual([]);
  });
});

describe('a whole briefing', () => {
  it('collects warnings for the BLUF, each judgment and each section body', () => {
    const briefing: Briefing = {
      id: '0123456789abcdef',
      title: 'Chips',
      date: '2026-11-23',
      author: '',
      tlp: 'TLP:AMBER',
      bluf: 'The pact will probably hold.',
      judgments: [
        { id: 'j1', text: 'It is likely.', confidence: 'high', likelihood: 'likely', evidence: [] },
        {
          id: 'j2',
          text: 'It is supported.',
          confidence: 'low',
          likelihood: null,
          evidence: [item('1', A), item('2', B)],
        },
      ],
      sections: [{ id: 's1', heading: 'Background', body: 'It might fail.', evidence: [] }],
      reliability: {},
      created: '',
      modified: '',
    };
    const found = checkBriefing(briefing);
    expect(found.bluf.map((w) => w.kind)).toEqual(['non-standard-likelihood']);
    expect(found.judgments['j1']!.map((w) => w.kind)).toEqual(['no-evidence']);
    expect(found.judgments['j2']).toEqual([]);
    expect(found.sections['s1']!.map((w) => w.kind)).toEqual(['non-standard-likelihood']);
    expect(found.total).toBe(3);
    expect(
      checkBriefing({ ...briefing, derivativeOf: { [B]: A } }).judgments['j2']!.map((w) => w.kind),
    ).toEqual(['circular-reporting']);
  });
});
