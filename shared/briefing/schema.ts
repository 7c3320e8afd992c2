import { z } from 'zod';
import { LIKELIHOOD_TERMS, RELIABILITY_GRADES, TLP_LEVELS } from '../domain/briefing';

/**
 * The briefing model as stored (`briefings/<id>.json`) and as exported in JSON, checked with
 * zod. `loupe-briefing-v1.schema.json` beside this file is the same schema as JSON Schema, for
 * readers outside Loupe; a test keeps the two the same.
 */
const evidence = z.object({
  annotationId: z.string(),
  documentId: z.string(),
  credibility: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])
    .nullable(),
  translation: z.string(),
});

export const briefingSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  title: z.string(),
  date: z.string(),
  author: z.string(),
  tlp: z.enum(TLP_LEVELS),
  bluf: z.string(),
  judgments: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      confidence: z.enum(['high', 'moderate', 'low']),
      likelihood: z.enum(LIKELIHOOD_TERMS).nullable(),
      evidence: z.array(evidence),
    }),
  ),
  sections: z.array(
    z.object({ id: z.string(), heading: z.string(), body: z.string(), evidence: z.array(evidence) }),
  ),
  reliability: z.record(z.string(), z.enum(RELIABILITY_GRADES)),
  derivativeOf: z.record(z.string(), z.string()).optional(),
  created: z.string(),
  modified: z.string(),
});

const citationSchema = z.object({
  number: z.number().int().positive(),
  annotationId: z.string(),
  documentId: z.string(),
  quote: z.string().describe('The stored annotation text, exactly; never retyped.'),
  lang: z.string().nullable(),
  note: z.string(),
  translation: z.string(),
  credibility: z.number().int().min(1).max(6).nullable(),
  reliability: z.enum(RELIABILITY_GRADES).nullable(),
  grade: z.string().describe('Reliability and credibility together, as "B2"; empty when neither is set.'),
  outlet: z.string().nullable(),
  title: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  start: z.number().int().nullable().describe('UTF-16 offset of the quote in the document clean text.'),
  end: z.number().int().nullable(),
});

const sourceSchema = z.object({
  documentId: z.string(),
  outlet: z.string().nullable(),
  title: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  lang: z.string().nullable(),
  reliability: z.enum(RELIABILITY_GRADES).nullable(),
  derivativeOf: z.string().nullable().describe('The id of the document this one copies, or null.'),
});

/** `loupe export --format json`: version 1. */
export const briefingExportSchema = z.object({
  format: z.literal('loupe-briefing'),
  version: z.literal(1),
  briefing: briefingSchema,
  citations: z.array(citationSchema),
  sources: z.array(sourceSchema),
  missing: z.array(evidence).describe('Evidence whose annotation no longer exists.'),
});

/** The JSON Schema (draft 2020-12) of the JSON export, as committed in loupe-briefing-v1.schema.json. */
export function briefingJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:loupe:schema:loupe-briefing:1',
    title: 'Loupe briefing export, version 1',
    description:
      'What `loupe export --format json` and File → Export Briefing… → JSON write: the stored briefing, ' +
      'its citations resolved to the exact quotes, and its sources.',
    ...z.toJSONSchema(briefingExportSchema),
  };
}
