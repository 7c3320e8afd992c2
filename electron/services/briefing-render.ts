import { anchorSelectors } from '../../shared/anchoring/anchor';
import { assembleBriefing, type BriefingView, type EvidenceSource } from '../../shared/briefing/assemble';
import { renderDocx } from '../../shared/briefing/docx/render-docx';
import { renderHtml } from '../../shared/briefing/render-html';
import { renderJson } from '../../shared/briefing/render-json';
import { renderMarkdown } from '../../shared/briefing/render-markdown';
import type { Briefing } from '../../shared/domain/briefing';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { WorkspaceStore } from '../store/workspace-store';
import { briefingPrintOptions, type PdfPrinter } from './pdf-printer';

export type BriefingFormat = 'md' | 'html' | 'json';
export type BriefingExportFormat = BriefingFormat | 'docx' | 'pdf';
export const BRIEFING_EXPORT_FORMATS: readonly BriefingExportFormat[] = ['md', 'html', 'json', 'docx', 'pdf'];

const MIME: Record<BriefingExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface ExportedBriefing {
  bytes: Uint8Array;
  /** A file name made from the title, for a save dialog or a download. */
  fileName: string;
  mime: string;
}

export interface BriefingExportDeps {
  /** How PDFs are printed in this host; without one, PDF export fails with a clear message. */
  pdfPrinter?: () => Result<PdfPrinter>;
}

/** Reads every cited annotation from the workspace, placed on its document's current text. */
async function evidenceSources(
  store: WorkspaceStore,
  briefing: Briefing,
): Promise<Map<string, EvidenceSource>> {
  const wanted = new Map<string, string>();
  for (const item of [...briefing.judgments, ...briefing.sections].flatMap((part) => part.evidence)) {
    wanted.set(item.annotationId, item.documentId);
  }
  const found = new Map<string, EvidenceSource>();
  for (const documentId of new Set(wanted.values())) {
    const document = store.summary(documentId);
    if (!document) continue;
    const stored = await store.getDocument(documentId);
    for (const annotation of await store.annotations.list(documentId)) {
      if (!wanted.has(annotation.id)) continue;
      const anchor = stored.ok ? anchorSelectors(stored.value.text, annotation.selectors) : null;
      const placed = anchor?.type === 'anchored' ? anchor : null;
      found.set(annotation.id, {
        annotation,
        document,
        start: placed?.start ?? null,
        end: placed?.end ?? null,
      });
    }
  }
  return found;
}

async function briefingView(store: WorkspaceStore, briefing: Briefing): Promise<BriefingView> {
  const sources = await evidenceSources(store, briefing);
  return assembleBriefing(briefing, (id) => sources.get(id));
}

export async function renderBriefing(
  store: WorkspaceStore,
  briefing: Briefing,
  format: BriefingFormat,
): Promise<string> {
  const view = await briefingView(store, briefing);
  if (format === 'md') return renderMarkdown(view);
  if (format === 'html') return renderHtml(view);
  return renderJson(view);
}

/** Letters, digits and dashes from the title; the briefing id when nothing is left. */
export function briefingFileName(
  briefing: Pick<Briefing, 'id' | 'title'>,
  format: BriefingExportFormat,
): string {
  const stem = briefing.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${stem || `briefing-${briefing.id}`}.${format}`;
}

/** One briefing of the workspace in any export format, as bytes; what the hosts and the CLI call. */
export async function exportBriefing(
  store: WorkspaceStore,
  id: string,
  format: BriefingExportFormat,
  deps: BriefingExportDeps = {},
): Promise<Result<ExportedBriefing>> {
  if (!BRIEFING_EXPORT_FORMATS.includes(format))
    return fail('bad-format', `Unknown export format ${format}.`);
  const briefing = await store.briefings.get(id);
  if (!briefing) return fail('not-found', `No briefing with id ${id} in this workspace.`);
  const done = (bytes: Uint8Array) =>
    ok({ bytes, fileName: briefingFileName(briefing, format), mime: MIME[format] });
  if (format === 'pdf') {
    const printer =
      deps.pdfPrinter?.() ?? fail('no-pdf-printer', 'PDF export is not available in this host.');
    if (!printer.ok) return printer;
    const view = await briefingView(store, briefing);
    try {
      return done(
        await printer.value.print(renderHtml(view, { print: true }), briefingPrintOptions(briefing)),
      );
    } catch (error) {
      return fail('pdf-failed', `Printing the briefing to PDF failed: ${(error as Error).message}`);
    }
  }
  if (format === 'docx') return done(renderDocx(await briefingView(store, briefing)));
  return done(new TextEncoder().encode(await renderBriefing(store, briefing, format)));
}
