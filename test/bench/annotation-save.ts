import { promises as fs } from 'node:fs';
import path from 'node:path';
import { stableStringify } from '../../electron/store/stable-json';
import { AnnotationStore } from '../../electron/store/annotation-store';
import type { Annotation } from '../../shared/domain/codebook';

const hex = (n: number, width = 32) => n.toString(16).padStart(width, '0');

function annotation(documentId: string, index: number): Annotation {
  const start = index * 40;
  return {
    id: hex(index + 1, 32),
    documentId,
    tagIds: ['tag-actor'],
    note: index % 3 === 0 ? 'Named in the second paragraph; check against the French version.' : '',
    confidence: null,
    links: [],
    created: '2026-11-23T12:00:00.000Z',
    modified: '2026-11-23T12:00:00.000Z',
    selectors: [
      { type: 'TextPositionSelector', start, end: start + 12 },
      { type: 'TextQuoteSelector', exact: 'the ministry', prefix: 'officials at ', suffix: ' said on Mon' },
    ],
  };
}

/**
 * Durable save latency in a workspace holding `documents × perDocument` annotations: the
 * files are laid out as the store lays them out, then random single-annotation saves are
 * timed through the real store (temp file, fsync, backup link, rename, folder fsync).
 */
export async function benchAnnotationSaves(
  dir: string,
  documents: number,
  perDocument: number,
  saves: number,
) {
  const folder = path.join(dir, 'annotations');
  await fs.mkdir(folder, { recursive: true });
  for (let d = 0; d < documents; d += 1) {
    const documentId = hex(d);
    const annotations = Array.from({ length: perDocument }, (_, i) => annotation(documentId, i));
    await fs.writeFile(
      path.join(folder, `${documentId}.json`),
      stableStringify({ version: 1, documentId, annotations }),
    );
  }
  const store = new AnnotationStore(dir, (problem) => {
    throw new Error(`unexpected store problem: ${problem.message}`);
  });
  const times: number[] = [];
  for (let i = 0; i < saves; i += 1) {
    const documentId = hex((i * 7919) % documents);
    const started = performance.now();
    await store.change(documentId, (list) => list.push(annotation(documentId, perDocument + i)));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
}
