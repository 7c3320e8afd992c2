import { describe, expect, it } from 'vitest';
import * as edits from '../../../renderer/src/briefing/briefing-edits';
import { decodeBase64, fileBlob } from '../../../renderer/src/briefing/download';
import type { Briefing, EvidenceItem } from '../../../shared/domain/briefing';

const item = (annotationId: string, documentId = 'd1'): EvidenceItem => ({
  annotationId,
  documentId,
  credibility: null,
  translation: '',
});

function briefing(): Briefing {
  return {
    id: '0123456789abcdef',
    title: 'T',
    date: '2026-11-23',
    author: '',
    tlp: 'TLP:AMBER',
    bluf: '',
    judgments: [
      { id: 'j1', text: 'one', confidence: 'high', likelihood: null, evidence: [item('a'), item('b', 'd2')] },
      { id: 'j2', text: 'two', confidence: 'low', likelihood: 'likely', evidence: [] },
    ],
    sections: [{ id: 's1', heading: 'S', body: '', evidence: [item('c', 'd3'), item('a')] }],
    reliability: {},
    created: '',
    modified: '',
  };
}

/** Every reversible edit, applied then undone, gives back the briefing it started from. */
describe('reversible briefing edits', () => {
  const b = briefing();
  it.each([
    ['remove evidence', edits.removeEvidence(b, 'judgment', 'j1', 'a')!],
    ['add evidence', edits.addEvidence('judgment', 'j2', [item('x'), item('y')])],
    ['remove a judgment', edits.removePart(b, 'judgment', 'j1')!],
    ['remove a section', edits.removePart(b, 'section', 's1')!],
    ['move a judgment down', edits.movePart(b, 'judgment', 'j1', 1)!],
    ['add a section', edits.addPart('section', { id: 's2', heading: 'New', body: '', evidence: [] })],
  ])('%s', (_name, edit) => {
    const after = edit.forward(b);
    expect(after).not.toEqual(b);
    expect(edit.backward(after)).toEqual(b);
    // Replaying on a briefing already in that state changes nothing (redo after redo).
    expect(edit.forward(after)).toEqual(after);
  });

  it('refuses moves past either end and unknown parts', () => {
    expect(edits.movePart(b, 'judgment', 'j1', -1)).toBeNull();
    expect(edits.movePart(b, 'judgment', 'j2', 1)).toBeNull();
    expect(edits.removePart(b, 'section', 'nope')).toBeNull();
    expect(edits.removeEvidence(b, 'section', 's1', 'b')).toBeNull();
  });

  it('does not cite the same annotation twice in one part', () => {
    const after = edits.addEvidence('judgment', 'j1', [item('a'), item('z')]).forward(b);
    expect(after.judgments[0]!.evidence.map((e) => e.annotationId)).toEqual(['a', 'b', 'z']);
  });

  it('lists cited documents in order of first citation', () => {
    expect(edits.citedDocuments(b)).toEqual(['d1', 'd2', 'd3']);
  });

  it('sends derivativeOf as an empty map for briefings saved before it existed', () => {
    expect(edits.fieldsOf(b).derivativeOf).toEqual({});
  });
});

describe('downloads', () => {
  it('decodes base64 to the exact bytes', () => {
    expect([...decodeBase64('AAH/gA==')]).toEqual([0, 1, 255, 128]);
  });

  it('makes a blob of the right type from text or base64', async () => {
    const text = fileBlob({ type: 'text', fileName: 'a.md', mime: 'text/markdown', text: '“quote”' });
    expect(text.type).toBe('text/markdown');
    expect(await text.text()).toBe('“quote”');
    const binary = fileBlob({
      type: 'base64',
      fileName: 'a.pdf',
      mime: 'application/pdf',
      base64: 'JVBERg==',
    });
    expect(new Uint8Array(await binary.arrayBuffer())).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  });
});
