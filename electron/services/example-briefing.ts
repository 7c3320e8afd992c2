import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AnnotationApi } from '../../shared/contract/api';
import {
  LIKELIHOOD_TERMS,
  RELIABILITY_GRADES,
  TLP_LEVELS,
  type Briefing,
  type Credibility,
  type EvidenceItem,
} from '../../shared/domain/briefing';
import { fail, ok, type Result } from '../../shared/domain/result';
import { safeParseJson } from '../store/stable-json';
import type { WorkspaceStore } from '../store/workspace-store';

/** The file in the sample corpus folder that describes the worked example briefing. */
export const EXAMPLE_BRIEFING_FILE = 'example-briefing.json';

const evidenceSpec = z.object({
  /** The document, by the file name it was imported from. */
  file: z.string(),
  /** Exactly as in the document's clean text; the first occurrence is annotated. */
  quote: z.string().min(1),
  /** Codebook tag ids or names. */
  tags: z.array(z.string()),
  note: z.string().default(''),
  translation: z.string().default(''),
  credibility: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])
    .nullable()
    .default(null),
});

export const briefingSpecSchema = z.object({
  version: z.literal(1),
  title: z.string(),
  date: z.string(),
  author: z.string().default(''),
  tlp: z.enum(TLP_LEVELS),
  bluf: z.string(),
  /** Reliability grade per file name. */
  reliability: z.record(z.string(), z.enum(RELIABILITY_GRADES)).default({}),
  judgments: z.array(
    z.object({
      text: z.string(),
      confidence: z.enum(['high', 'moderate', 'low']),
      likelihood: z.enum(LIKELIHOOD_TERMS).nullable().default(null),
      evidence: z.array(evidenceSpec),
    }),
  ),
  sections: z.array(z.object({ heading: z.string(), body: z.string(), evidence: z.array(evidenceSpec) })),
});

export type BriefingSpec = z.infer<typeof briefingSpecSchema>;
type EvidenceSpec = z.infer<typeof evidenceSpec>;

export async function readBriefingSpec(file: string): Promise<Result<BriefingSpec>> {
  const name = path.basename(file);
  let raw: unknown;
  try {
    raw = safeParseJson(await fs.readFile(file, 'utf8'));
  } catch (error) {
    return fail('bad-briefing-spec', `${name} could not be read: ${(error as Error).message}`, name);
  }
  const parsed = briefingSpecSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('bad-briefing-spec', `${name}: ${issue.path.join('.')}: ${issue.message}`, name);
  }
  return ok(parsed.data);
}

/**
 * Makes the annotations a briefing description cites (found by exact quote, tagged from the
 * codebook) and saves the briefing built from them. A quote that is not in its document is
 * an error naming both: the example must never cite text the reader cannot find.
 */
export async function applyBriefingSpec(
  store: WorkspaceStore,
  annotations: AnnotationApi,
  spec: BriefingSpec,
  specName = EXAMPLE_BRIEFING_FILE,
): Promise<Result<Briefing>> {
  const byFile = new Map(store.listDocuments().map((d) => [d.file, d.id]));
  const tags = store.codebook.data.tags;
  const made = new Map<string, string>();

  async function cite(item: EvidenceSpec): Promise<Result<EvidenceItem>> {
    const documentId = byFile.get(item.file);
    if (!documentId)
      return fail('bad-briefing-spec', `${specName}: no document imported from ${item.file}`, specName);
    const key = `${documentId}\u0000${item.quote}`;
    let annotationId = made.get(key);
    if (!annotationId) {
      const tagIds: string[] = [];
      for (const wanted of item.tags) {
        const tag = tags.find((t) => t.id === wanted || t.name.toLowerCase() === wanted.toLowerCase());
        if (!tag) return fail('bad-briefing-spec', `${specName}: no tag ${wanted} in the codebook`, specName);
        tagIds.push(tag.id);
      }
      const stored = await store.getDocument(documentId);
      if (!stored.ok) return stored;
      const start = stored.value.text.indexOf(item.quote);
      if (start < 0) {
        return fail(
          'bad-briefing-spec',
          `${specName}: the quote “${item.quote}” is not in ${item.file}`,
          specName,
        );
      }
      const created = await annotations.create({
        documentId,
        start,
        end: start + item.quote.length,
        tagIds,
        note: item.note,
      });
      if (!created.ok) return created;
      annotationId = created.value.id;
      made.set(key, annotationId);
    }
    return ok({
      annotationId,
      documentId,
      credibility: item.credibility as Credibility | null,
      translation: item.translation,
    });
  }

  async function citeAll(items: EvidenceSpec[]): Promise<Result<EvidenceItem[]>> {
    const out: EvidenceItem[] = [];
    for (const item of items) {
      const cited = await cite(item);
      if (!cited.ok) return cited;
      out.push(cited.value);
    }
    return ok(out);
  }

  const id = () => randomBytes(6).toString('hex');
  const briefing = await store.briefings.create(spec.title, spec.author);
  briefing.date = spec.date;
  briefing.tlp = spec.tlp;
  briefing.bluf = spec.bluf;
  for (const [file, grade] of Object.entries(spec.reliability)) {
    const documentId = byFile.get(file);
    if (!documentId)
      return fail('bad-briefing-spec', `${specName}: no document imported from ${file}`, specName);
    briefing.reliability[documentId] = grade;
  }
  for (const j of spec.judgments) {
    const evidence = await citeAll(j.evidence);
    if (!evidence.ok) return evidence;
    briefing.judgments.push({
      id: id(),
      text: j.text,
      confidence: j.confidence,
      likelihood: j.likelihood,
      evidence: evidence.value,
    });
  }
  for (const s of spec.sections) {
    const evidence = await citeAll(s.evidence);
    if (!evidence.ok) return evidence;
    briefing.sections.push({ id: id(), heading: s.heading, body: s.body, evidence: evidence.value });
  }
  return ok(await store.briefings.save(briefing));
}
