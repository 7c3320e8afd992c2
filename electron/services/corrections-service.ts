import { randomBytes } from 'node:crypto';
import type {
  Correction,
  CorrectionAction,
  CorrectionOutcome,
  OriginalView,
  OutletRule,
  RuleMatch,
} from '../../shared/domain/corrections';
import { outletKey, ruleText } from '../../shared/domain/corrections';
import type { LoupeDocument } from '../../shared/domain/document';
import { fail, ok, type Result } from '../../shared/domain/result';
import { toOriginalRange } from '../../shared/text/offset-map';
import { ruleSpans } from '../import/corrections/apply-corrections';
import type { VisibleUnit } from '../import/corrections/visible-units';
import { isDistinctive } from '../import/corrections/visible-units';
import { collapse } from '../import/text-unit';
import type { WorkspaceStore } from '../store/workspace-store';
import { readOriginalText } from './original-text';
import { reextractDocuments } from './reextract';

/** A block this much inside a marked span is taken as marked whole, for the outlet's rules. */
const RULE_COVERAGE = 0.8;
/** Marking half a page teaches nothing about the site; past this many blocks no rule is made. */
const MAX_RULES = 12;
const QUOTE_CHARS = 160;

export interface CorrectionRequest {
  action: CorrectionAction;
  /** Offsets into the clean text, or into the decoded original (the original view's runs). */
  from: 'clean' | 'original';
  start: number;
  end: number;
}

async function load(
  store: WorkspaceStore,
  id: string,
): Promise<Result<{ document: LoupeDocument; text: Awaited<ReturnType<typeof readOriginalText>> }>> {
  const document = await store.getDocument(id);
  if (!document.ok) return document;
  const bytes = await store.originalBytes(id);
  if (bytes === null)
    return fail('no-original', `The original of "${document.value.title}" is missing.`, document.value.file);
  return ok({ document: document.value, text: await readOriginalText(document.value, bytes) });
}

/** The original view of a document and the corrections and outlet rules that apply to it. */
export async function originalView(store: WorkspaceStore, id: string): Promise<Result<OriginalView>> {
  const loaded = await load(store, id);
  if (!loaded.ok) return loaded;
  const { document, text } = loaded.value;
  const data = await store.corrections.read();
  const outlet = outletKey(document);
  const visible = typeof text === 'string' ? [] : text.visible;
  return ok({
    documentId: id,
    runs: typeof text === 'string' ? null : text.runs,
    unavailable: typeof text === 'string' ? text : null,
    outlet,
    corrections: data.documents[id] ?? [],
    rules: (outlet === null ? [] : (data.outlets[outlet] ?? [])).map((rule) => ({
      ...rule,
      applies: ruleSpans(rule, visible).length > 0,
    })),
  });
}

/**
 * Stores a correction (and the outlet rules it teaches), extracts the document again with
 * it and re-anchors the annotations; an annotation on text that went is an orphan.
 */
export async function addCorrection(
  store: WorkspaceStore,
  id: string,
  request: CorrectionRequest,
): Promise<Result<CorrectionOutcome>> {
  if (store.readOnly)
    return fail('read-only', 'The workspace is open read-only; corrections cannot be saved.');
  const loaded = await load(store, id);
  if (!loaded.ok) return loaded;
  const { document, text } = loaded.value;
  if (typeof text === 'string') return fail('not-available', text, document.file);
  const span =
    request.from === 'clean'
      ? toOriginalRange(document.offsets, request.start, Math.min(request.end, document.text.length))
      : { start: request.start, end: request.end };
  const quote = quoteOf(text.visible, span.start, span.end);
  if (span.end <= span.start || quote === '')
    return fail('empty-selection', 'Select some text of the document to correct.', document.file);
  const outlet = outletKey(document);
  const now = new Date().toISOString();
  const correction: Correction = {
    id: newId(),
    action: request.action,
    start: span.start,
    end: span.end,
    quote,
    created: now,
    ruleIds: [],
  };
  await store.corrections.update((data) => {
    if (outlet !== null) {
      const rules = (data.outlets[outlet] ??= []);
      for (const match of ruleMatches(text.visible, span.start, span.end, request.action)) {
        const same = (r: OutletRule) => r.action === request.action && sameMatch(r.match, match.match);
        if (rules.some(same)) continue;
        // The opposite rule for the same block is forgotten: the newer judgment stands.
        data.outlets[outlet] = rules.filter((r) => !sameMatch(r.match, match.match));
        const rule: OutletRule = {
          id: newId(),
          outlet,
          action: request.action,
          match: match.match,
          example: match.example,
          created: now,
          fromDocument: id,
        };
        data.outlets[outlet].push(rule);
        correction.ruleIds.push(rule.id);
      }
    }
    (data.documents[id] ??= []).push(correction);
  });
  return ok({ ...(await reextractOne(store, id)), correction });
}

/** Takes a correction (with the rules it taught) or one outlet rule away, and extracts again. */
export async function removeCorrection(
  store: WorkspaceStore,
  id: string,
  which: { correctionId?: string; ruleId?: string },
): Promise<Result<CorrectionOutcome>> {
  if (store.readOnly)
    return fail('read-only', 'The workspace is open read-only; corrections cannot be saved.');
  if (!store.hasDocument(id)) return fail('not-found', `No document with id ${id} in this workspace.`);
  const before = await store.corrections.read();
  const correction = (before.documents[id] ?? []).find((c) => c.id === which.correctionId) ?? null;
  const ruleKnown = Object.values(before.outlets).some((rules) => rules.some((r) => r.id === which.ruleId));
  if (correction === null && !ruleKnown)
    return fail('not-found', 'That correction is no longer there; the list has been refreshed.');
  const forget = new Set(correction ? correction.ruleIds : [which.ruleId!]);
  await store.corrections.update((data) => {
    if (correction) data.documents[id] = (data.documents[id] ?? []).filter((c) => c.id !== correction.id);
    for (const outlet of Object.keys(data.outlets))
      data.outlets[outlet] = data.outlets[outlet]!.filter((r) => !forget.has(r.id));
    for (const list of Object.values(data.documents))
      for (const c of list) c.ruleIds = c.ruleIds.filter((r) => !forget.has(r));
  });
  return ok({ ...(await reextractOne(store, id)), correction });
}

async function reextractOne(
  store: WorkspaceStore,
  id: string,
): Promise<Omit<CorrectionOutcome, 'correction'>> {
  const [row] = await reextractDocuments(store, [id]);
  return {
    changed: row?.changed ?? false,
    anchors: row?.anchors ?? { position: 0, quote: 0, fuzzy: 0, orphan: 0 },
  };
}

function quoteOf(visible: readonly VisibleUnit[], start: number, end: number): string {
  const parts: string[] = [];
  for (const unit of visible) {
    const text = unit.pieces
      .filter((p) => p.start + p.length > start && p.start < end)
      .map((p) => (p.replaced ? p.text : p.text.slice(Math.max(0, start - p.start), end - p.start)))
      .join('');
    if (/\S/.test(text)) parts.push(collapse(text));
  }
  const quote = parts.join(' ¶ ');
  return quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote;
}

/** The rules a marked span teaches: one per block it (nearly) covers. */
function ruleMatches(
  visible: readonly VisibleUnit[],
  start: number,
  end: number,
  action: CorrectionAction,
): { match: RuleMatch; example: string }[] {
  const found: { match: RuleMatch; example: string }[] = [];
  for (const unit of visible) {
    let total = 0;
    let inside = 0;
    for (const piece of unit.pieces) {
      total += piece.length;
      inside += Math.max(0, Math.min(end, piece.start + piece.length) - Math.max(start, piece.start));
    }
    if (total === 0 || inside / total < RULE_COVERAGE || unit.text === '') continue;
    // Article text differs from one article to the next: only the block's place can be learnt.
    // Furniture repeats word for word, and its text is safer than its place (a class such as
    // `article-body>p` would take the whole next article).
    const match: RuleMatch =
      action === 'keep' && isDistinctive(unit.signature)
        ? { type: 'block', signature: unit.signature }
        : { type: 'text', text: ruleText(unit.text) };
    if (!found.some((f) => sameMatch(f.match, match)))
      found.push({ match, example: unit.text.slice(0, QUOTE_CHARS) });
  }
  return found.length > MAX_RULES ? [] : found;
}

function sameMatch(a: RuleMatch, b: RuleMatch): boolean {
  return a.type === 'text'
    ? b.type === 'text' && a.text === b.text
    : b.type === 'block' && a.signature === b.signature;
}

function newId(): string {
  return randomBytes(8).toString('hex');
}
