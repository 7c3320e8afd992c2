import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractImport } from '../../electron/import/extract-import';
import type { DocxBlockSpec } from '../support/docx-writer';
import { writeDocx } from '../support/docx-writer';
import { layoutLines, writePdf } from '../support/pdf-writer';
import { englishReport, frenchNote, furniture, germanNote, japaneseNote } from '../support/sample-pdfs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RUNS = 15;

/** A long report: `pages` pages of running header, footer and 40 lines of body each. */
function longPdf(pages: number): Uint8Array {
  const sentence = 'Officials from Brussels, Tokyo and Washington compared chip inventories and supply plans';
  return writePdf({
    pages: Array.from({ length: pages }, (_, p) => ({
      lines: [
        ...furniture(p + 1, pages),
        ...layoutLines(
          Array.from({ length: 8 }, (_, k) => ({
            lines: Array.from({ length: 5 }, (_, l) => `${sentence} (${p}.${k}.${l}) for the quarter ahead.`),
          })),
        ),
      ],
    })),
  });
}

function longDocx(paragraphs: number): Uint8Array {
  const blocks: DocxBlockSpec[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 20 === 0) blocks.push({ type: 'p', text: `Section ${i / 20 + 1}`, style: 'Heading1' });
    blocks.push({
      type: 'p',
      text: `Paragraph ${i}: the trilateral desk compared stocks of gallium, germanium and graphite, and agreed to meet again.`,
    });
  }
  return writeDocx(blocks);
}

async function median(name: string, bytes: Uint8Array): Promise<number> {
  const first = await extractImport(name, bytes);
  if (!first.ok) throw new Error(`${name}: ${first.error.message}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await extractImport(name, bytes);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The longest gap between timer ticks on this thread while a PDF is parsed in the worker. */
async function mainThreadLag(bytes: Uint8Array): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  await extractImport('long.pdf', bytes);
  clearInterval(timer);
  return worst;
}

/** `npm run bench`: PDF and DOCX extraction time per file, median of several runs after one warm-up. */
export async function benchBinaryExtraction(): Promise<string[]> {
  const big = longPdf(100);
  const files: [string, Uint8Array][] = [
    ['english-report.pdf (2 pages)', englishReport()],
    ['french-note.pdf', frenchNote()],
    ['german-note.pdf', germanNote()],
    ['japanese-note.pdf', japaneseNote()],
    [
      'corpus northbridge….pdf (2 pages)',
      readFileSync(path.join(ROOT, 'corpus/northbridge-trilateral-chip-early-warning-en.pdf')),
    ],
    ['long.pdf (100 pages)', big],
    [
      'corpus observatoire….docx',
      readFileSync(path.join(ROOT, 'corpus/observatoire-minerais-critiques-ue-japon-usa-fr.docx')),
    ],
    ['long.docx (2,000 paragraphs)', longDocx(2000)],
  ];
  const lines: string[] = [];
  for (const [label, bytes] of files) {
    const ms = await median(label.includes('.pdf') ? 'x.pdf' : 'x.docx', bytes);
    lines.push(`extract ${label}, ${(bytes.length / 1024).toFixed(0)} KB: ${ms.toFixed(1)} ms per file`);
  }
  lines.push(
    `main thread while a 100-page PDF is parsed in the worker: longest timer gap ${(await mainThreadLag(big)).toFixed(1)} ms`,
  );
  return lines;
}
