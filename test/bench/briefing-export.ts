import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createAnnotationService } from '../../electron/services/annotation-service';
import { exportBriefing, type BriefingExportFormat } from '../../electron/services/briefing-render';
import { ChromiumPdfPrinter, findChromium } from '../../electron/services/chromium-pdf-printer';
import { DocumentTexts } from '../../electron/services/document-texts';
import { applyBriefingSpec, type BriefingSpec } from '../../electron/services/example-briefing';
import { importPaths } from '../../electron/services/importer';
import { fixedWorkspace } from '../../electron/services/workspace-session';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { ok } from '../../shared/domain/result';

const LINES: Record<string, (doc: number, k: number) => string> = {
  en: (d, k) =>
    `Officials in city ${d} said the chip partnership would cover ${k + 10} research projects this year.`,
  fr: (d, k) =>
    `Les responsables de la ville ${d} ont indiqué que le partenariat couvrirait ${k + 10} projets.`,
  de: (d, k) =>
    `Beamte in Stadt ${d} erklärten, die Partnerschaft umfasse ${k + 10} Forschungsprojekte für größere Fabriken.`,
  ja: (d, k) => `都市${d}の当局者は、半導体協力が今年${k + 10}件の研究計画を対象にすると述べた。`,
};
const LANGS = Object.keys(LINES);

export interface ExportTiming {
  format: BriefingExportFormat;
  /** First export, including starting the browser for PDF. */
  firstMs: number;
  /** The median of the next runs. */
  medianMs: number;
  bytes: number;
}

/** A briefing citing `evidence` annotations spread over `documents` documents in four languages. */
export async function benchBriefingExport(
  scratch: string,
  documents = 50,
  evidence = 200,
): Promise<ExportTiming[] | string> {
  const perDocument = Math.ceil(evidence / documents);
  const src = path.join(scratch, 'briefing-docs');
  await fs.mkdir(src, { recursive: true });
  for (let d = 0; d < documents; d++) {
    const lang = LANGS[d % LANGS.length]!;
    const body = Array.from({ length: perDocument + 2 }, (_, k) => LINES[lang]!(d, k)).join('\n\n');
    await fs.writeFile(path.join(src, `doc-${d}.txt`), `Article ${d} on the chip partnership\n\n${body}\n`);
  }
  const opened = await WorkspaceStore.open(path.join(scratch, 'briefing-ws'), { create: true, app: 'bench' });
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  try {
    const files = (await fs.readdir(src)).map((name) => path.join(src, name));
    await importPaths(store, files, () => {});
    const items = Array.from({ length: evidence }, (_, i) => {
      const d = i % documents;
      const k = Math.floor(i / documents);
      return {
        file: `doc-${d}.txt`,
        quote: LINES[LANGS[d % LANGS.length]!]!(d, k),
        tags: [],
        note: i % 5 ? '' : 'Check the original.',
        translation: '',
        credibility: null,
      };
    });
    const text =
      'Officials describe the pact as a framework rather than a programme, with the money left for later talks. ';
    const spec: BriefingSpec = {
      version: 1,
      title: 'Benchmark briefing',
      date: '2023-07-01',
      author: 'bench',
      tlp: 'TLP:AMBER',
      bluf: text.repeat(3),
      reliability: {},
      judgments: Array.from({ length: 10 }, (_, j) => ({
        text: `Judgment ${j + 1}: ${text}`,
        confidence: 'moderate' as const,
        likelihood: 'likely' as const,
        evidence: items.slice(j * 8, j * 8 + 8),
      })),
      sections: Array.from({ length: 12 }, (_, s) => ({
        heading: `Section ${s + 1}`,
        body: text.repeat(4),
        evidence: items.slice(80 + s * 10, 80 + s * 10 + 10),
      })),
    };
    const made = await applyBriefingSpec(
      store,
      createAnnotationService(fixedWorkspace(store), new DocumentTexts()),
      spec,
      'bench',
    );
    if (!made.ok) throw new Error(made.error.message);
    const chromium = findChromium();
    const printer = chromium.ok ? new ChromiumPdfPrinter(chromium.value) : null;
    const timings: ExportTiming[] = [];
    try {
      for (const format of ['docx', 'pdf'] as const) {
        if (format === 'pdf' && !printer) continue;
        const runs: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 6; i++) {
          const started = performance.now();
          const exported = await exportBriefing(store, made.value.id, format, {
            pdfPrinter: () => ok(printer!),
          });
          runs.push(performance.now() - started);
          if (!exported.ok) throw new Error(exported.error.message);
          bytes = exported.value.bytes.length;
        }
        const rest = runs.slice(1).sort((a, b) => a - b);
        timings.push({ format, firstMs: runs[0]!, medianMs: rest[Math.floor(rest.length / 2)]!, bytes });
      }
    } finally {
      await printer?.close();
    }
    return chromium.ok ? timings : `${JSON.stringify(timings)}; PDF not measured: ${chromium.error.message}`;
  } finally {
    await store.close();
  }
}
