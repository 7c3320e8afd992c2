import { describe, expect, it } from 'vitest';
import { assembleBriefing, type EvidenceSource } from '../../../shared/briefing/assemble';
import { renderHtml } from '../../../shared/briefing/render-html';
import { renderMarkdown } from '../../../shared/briefing/render-markdown';
import type { Briefing } from '../../../shared/domain/briefing';
import { makeDocument } from '../../support/make-document';

function cited(id: string, text: string): EvidenceSource {
  const document = makeDocument(text, { source: 'Wire' });
  const exact = text.split('\n\n')[1]!;
  return {
    document,
    start: 0,
    end: exact.length,
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
        { type: 'TextPositionSelector', start: 0, end: exact.length },
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      ],
    },
  };
}

describe('sources flagged as derivative', () => {
  const original = cited('a', 'Original <report>\n\nthe first quote');
  const copy = cited('b', 'Reworded copy\n\nthe same quote again');
  const item = (s: EvidenceSource) => ({
    annotationId: s.annotation.id,
    documentId: s.document.id,
    credibility: null,
    translation: '',
  });
  const briefing = (derivativeOf?: Record<string, string>): Briefing => ({
    id: '0123456789abcdef',
    title: 'T',
    date: '2026-11-23',
    author: '',
    tlp: 'TLP:GREEN',
    bluf: '',
    judgments: [
      { id: 'j', text: 'J', confidence: 'low', likelihood: null, evidence: [item(original), item(copy)] },
    ],
    sections: [],
    reliability: {},
    ...(derivativeOf ? { derivativeOf } : {}),
    created: '',
    modified: '',
  });
  const lookup = (id: string) => ({ a: original, b: copy })[id as 'a' | 'b'];

  it('name their original in the HTML and Markdown source lists, escaped', () => {
    const view = assembleBriefing(briefing({ [copy.document.id]: original.document.id }), lookup);
    expect(view.sources.map((s) => s.derivativeOf)).toEqual([null, original.document.id]);
    expect(renderHtml(view)).toContain('<em>(derivative of “Original &lt;report&gt;”)</em>');
    expect(renderMarkdown(view)).toContain('Reworded copy (derivative of “Original \\<report\\>”)');
  });

  it('say nothing for briefings without the flag, as saved before it existed', () => {
    const view = assembleBriefing(briefing(), lookup);
    expect(view.sources.map((s) => s.derivativeOf)).toEqual([null, null]);
    expect(renderHtml(view)).not.toContain('derivative of');
    expect(renderMarkdown(view)).not.toContain('derivative of');
  });
});
