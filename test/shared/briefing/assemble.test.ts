import { describe, expect, it } from 'vitest';
import { assembleBriefing, type EvidenceSource } from '../../../shared/briefing/assemble';
import { escapeMarkdown } from '../../../shared/briefing/render-markdown';
import type { Briefing } from '../../../shared/domain/briefing';
import { makeDocument } from '../../support/make-document';

function source(id: string, quote: string, documentText: string): EvidenceSource {
  const document = makeDocument(documentText, { source: 'The Ledger' });
  return {
    document,
    start: 0,
    end: quote.length,
    annotation: {
      id,
      documentId: document.id,
      tagIds: [],
      note: '',
      confidence: null,
      links: [],
      created: '',
      modified: '',
      selectors: [
        { type: 'TextPositionSelector', start: 0, end: quote.length },
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      ],
    },
  };
}

const ev = (annotationId: string, documentId = 'd', credibility: 1 | 2 | null = null) => ({
  annotationId,
  documentId,
  credibility,
  translation: '',
});

describe('assembleBriefing', () => {
  it('numbers citations in reading order, reuses a number for a repeated citation, and lists missing evidence', () => {
    const a = source('a', 'first quote', 'Doc one\n\nfirst quote');
    const b = source('b', 'second quote', 'Doc two\n\nsecond quote');
    const briefing: Briefing = {
      id: '0123456789abcdef',
      title: 'T',
      date: '2026-11-23',
      author: '',
      tlp: 'TLP:GREEN',
      bluf: '',
      judgments: [
        {
          id: 'j',
          text: 'J',
          confidence: 'high',
          likelihood: 'likely',
          evidence: [ev('b', b.document.id, 2)],
        },
      ],
      sections: [{ id: 's', heading: 'S', body: '', evidence: [ev('a'), ev('b'), ev('gone')] }],
      reliability: { [b.document.id]: 'B' },
      created: '',
      modified: '',
    };
    const view = assembleBriefing(briefing, (id) => ({ a, b })[id as 'a' | 'b']);
    expect(view.judgments[0]!.citations).toEqual([1]);
    expect(view.sections[0]!.citations).toEqual([2, 1]);
    expect(view.citations.map((c) => [c.number, c.quote, c.grade])).toEqual([
      [1, 'second quote', 'B2'],
      [2, 'first quote', ''],
    ]);
    expect(view.sources.map((s) => s.title)).toEqual(['Doc two', 'Doc one']);
    expect(view.missing.map((m) => m.annotationId)).toEqual(['gone']);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['*bold* & <b>', '\\*bold\\* \\& \\<b\\>'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['a\nb', 'a b'],
    ['2.5 billion', '2\\.5 billion'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
