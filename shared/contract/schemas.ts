import { z } from 'zod';
import type { LoupeApi } from './api';
import { LIKELIHOOD_TERMS, RELIABILITY_GRADES, TLP_LEVELS } from '../domain/briefing';
import { paneLayoutSchema } from '../panes/layout-schema';

const empty = z.object({}).strict();
const id = z.string().regex(/^[0-9a-f]{8,64}$/, 'an id is lowercase hex');

import { MAX_UPLOAD_BASE64 } from './limits';

export { MAX_UPLOAD_BASE64 };

const uploadedFile = z
  .object({
    name: z.string().min(1).max(4096),
    data: z.string().max(MAX_UPLOAD_BASE64),
  })
  .strict();

const tagId = z.string().min(1).max(80);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const shortcut = z
  .string()
  .regex(/^[1-9]$/, 'a shortcut is one of the keys 1–9')
  .nullable();
const offset = z.number().int().nonnegative();
const confidence = z.enum(['high', 'moderate', 'low']).nullable();
const link = z.object({ type: z.enum(['same-claim', 'contradicts']), target: id }).strict();
const tagShape = z
  .object({
    id: tagId,
    name: z.string().min(1).max(200),
    color,
    parent: tagId.nullable(),
    shortcut,
    description: z.string().max(10_000),
  })
  .strict();
const annotationShape = z
  .object({
    id,
    documentId: id,
    tagIds: z.array(tagId).max(50),
    note: z.string().max(100_000),
    confidence,
    links: z.array(link).max(50),
    created: z.string().max(40),
    modified: z.string().max(40),
    selectors: z.tuple([
      z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }).strict(),
      z
        .object({
          type: z.literal('TextQuoteSelector'),
          exact: z.string().max(1_000_000),
          prefix: z.string().max(1000),
          suffix: z.string().max(1000),
        })
        .strict(),
    ]),
  })
  .strict();
const removal = z
  .object({ tags: z.array(tagShape), order: z.array(tagId), annotations: z.array(annotationShape) })
  .strict();

const briefingId = z.string().regex(/^[0-9a-f]{16}$/, 'a briefing id is 16 hex digits');
const partId = z.string().min(1).max(64);
const longText = z.string().max(1_000_000);
const evidenceItem = z
  .object({
    annotationId: id,
    documentId: id,
    credibility: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])
      .nullable(),
    translation: z.string().max(100_000),
  })
  .strict();
const briefingFields = z
  .object({
    title: z.string().max(1000),
    date: z.string().max(40),
    author: z.string().max(1000),
    tlp: z.enum(TLP_LEVELS),
    bluf: longText,
    judgments: z
      .array(
        z
          .object({
            id: partId,
            text: longText,
            confidence: z.enum(['high', 'moderate', 'low']),
            likelihood: z.enum(LIKELIHOOD_TERMS).nullable(),
            evidence: z.array(evidenceItem).max(10_000),
          })
          .strict(),
      )
      .max(1000),
    sections: z
      .array(
        z
          .object({
            id: partId,
            heading: z.string().max(1000),
            body: longText,
            evidence: z.array(evidenceItem).max(10_000),
          })
          .strict(),
      )
      .max(1000),
    reliability: z.record(id, z.enum(RELIABILITY_GRADES)),
    derivativeOf: z.record(id, id),
  })
  .strict();
const wholeBriefing = briefingFields
  .partial({ derivativeOf: true })
  .extend({ id: briefingId, created: z.string().max(40), modified: z.string().max(40) })
  .strict();

type ArgsOf<F> = F extends (args: infer A) => unknown ? A : never;

/** One argument schema per method; its keys are the contract, so channel names come from here. */
export type ContractSchemas = {
  [S in keyof LoupeApi]: { [M in keyof LoupeApi[S]]: z.ZodType<ArgsOf<LoupeApi[S][M]>> };
};

export const schemas: ContractSchemas = {
  workspace: {
    info: empty,
    recent: empty,
    openRecent: z.object({ id }).strict(),
    backups: empty,
    restoreBackup: z.object({ id: z.string().regex(/^\d{8}T\d{9}Z$/) }).strict(),
    layout: empty,
    saveLayout: z.object({ layout: paneLayoutSchema }).strict(),
  },
  corpus: {
    list: empty,
    get: z.object({ id }).strict(),
    importFiles: z.object({ files: z.array(uploadedFile).min(1).max(500) }).strict(),
    original: z.object({ id }).strict(),
    correct: z
      .object({
        id,
        action: z.enum(['keep', 'boilerplate']),
        from: z.enum(['clean', 'original']),
        start: offset,
        end: offset,
      })
      .strict(),
    uncorrect: z
      .object({ id, correctionId: z.string().max(64).optional(), ruleId: z.string().max(64).optional() })
      .strict()
      .refine(
        (a) => (a.correctionId === undefined) !== (a.ruleId === undefined),
        'name one correction or rule',
      ),
  },
  codebook: {
    list: empty,
    create: z
      .object({
        name: z.string().trim().min(1).max(200),
        color: color.optional(),
        parent: tagId.nullable().optional(),
        description: z.string().max(10_000).optional(),
        shortcut: shortcut.optional(),
      })
      .strict(),
    update: z
      .object({
        id: tagId,
        name: z.string().trim().min(1).max(200).optional(),
        color: color.optional(),
        parent: tagId.nullable().optional(),
        description: z.string().max(10_000).optional(),
        shortcut: shortcut.optional(),
      })
      .strict(),
    move: z.object({ id: tagId, index: z.number().int().nonnegative() }).strict(),
    remove: z
      .object({
        id: tagId,
        annotations: z.union([z.enum(['remove', 'untag']), z.object({ reassignTo: tagId }).strict()]),
      })
      .strict(),
    restore: z.object({ removal }).strict(),
    usage: z.object({ id: tagId }).strict(),
  },
  annotations: {
    list: z.object({ documentId: id }).strict(),
    listAll: empty,
    stats: empty,
    create: z
      .object({
        documentId: id,
        start: offset,
        end: offset,
        tagIds: z.array(tagId).min(1).max(50),
        note: z.string().max(100_000).optional(),
      })
      .strict(),
    createMany: z
      .object({
        documentId: id,
        spans: z
          .array(z.object({ start: offset, end: offset }).strict())
          .min(1)
          .max(100_000),
        tagIds: z.array(tagId).min(1).max(50),
        note: z.string().max(100_000).optional(),
      })
      .strict(),
    update: z
      .object({
        documentId: id,
        id,
        tagIds: z.array(tagId).min(1).max(50).optional(),
        note: z.string().max(100_000).optional(),
        confidence: confidence.optional(),
        links: z.array(link).max(50).optional(),
      })
      .strict(),
    tagMatches: z
      .object({
        match: z.string().min(1).max(10_000),
        regex: z.boolean(),
        documentId: id.optional(),
        tagIds: z.array(tagId).min(1).max(50),
        note: z.string().max(100_000).optional(),
        preview: z.boolean(),
      })
      .strict(),
    suggest: z.object({ documentId: id }).strict(),
    dismissSuggestion: z
      .object({
        documentId: id,
        suggestion: z
          .object({
            kind: z.enum(['person', 'organisation', 'place', 'money', 'percent', 'date']),
            start: offset,
            end: offset,
            text: z.string().max(10_000),
            confidence: z.number().min(0).max(1),
          })
          .strict(),
        undo: z.boolean().optional(),
      })
      .strict(),
    remove: z.object({ documentId: id, ids: z.array(id).min(1).max(100_000) }).strict(),
    restore: z.object({ documentId: id, annotations: z.array(annotationShape).min(1).max(100_000) }).strict(),
  },
  search: {
    query: z
      .object({
        query: z.string().max(1000),
        limit: z.number().int().min(1).max(10_000).optional(),
        hitsPerDocument: z.number().int().min(1).max(10_000).optional(),
        snippetsPerDocument: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
  },
  briefings: {
    list: empty,
    get: z.object({ id: briefingId }).strict(),
    create: z
      .object({ title: z.string().trim().min(1).max(1000), author: z.string().max(1000).optional() })
      .strict(),
    update: z
      .object({ id: briefingId, changes: briefingFields.partial(), modified: z.string().max(40).optional() })
      .strict(),
    remove: z.object({ id: briefingId }).strict(),
    restore: z.object({ briefing: wholeBriefing }).strict(),
    addEvidence: z
      .object({
        id: briefingId,
        annotationId: id,
        documentId: id,
        target: z.discriminatedUnion('type', [
          z.object({ type: z.literal('judgment'), id: partId }).strict(),
          z.object({ type: z.literal('section'), id: partId }).strict(),
          z.object({ type: z.literal('new-section'), heading: z.string().trim().min(1).max(1000) }).strict(),
        ]),
      })
      .strict(),
    export: z.object({ id: briefingId, format: z.enum(['html', 'md', 'json', 'docx', 'pdf']) }).strict(),
    preview: z.object({ id: briefingId, changes: briefingFields.partial().optional() }).strict(),
  },
  stories: {
    list: empty,
    merge: z.object({ documentIds: z.array(id).min(2).max(10_000) }).strict(),
    split: z.object({ documentId: id }).strict(),
  },
};
