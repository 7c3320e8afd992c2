import { z } from 'zod';

/** Schemas of the files a workspace holds; a file that fails them is set aside, never overwritten. */

const nullableString = z.string().nullable();

export const documentSummarySchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  file: z.string(),
  format: z.enum(['txt', 'md', 'html', 'pdf', 'docx']),
  importedAt: z.string(),
  bytes: z.number().int().nonnegative(),
  chars: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
  title: z.string(),
  source: nullableString,
  author: nullableString,
  published: nullableString,
  url: nullableString,
  lang: nullableString,
  // Added after the first workspaces were written: optional, so older files still read.
  languages: z.array(z.object({ lang: z.string(), share: z.number().min(0).max(1) })).optional(),
});

export const documentSchema = documentSummarySchema.extend({
  encoding: z.string(),
  text: z.string(),
  offsets: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  // Added after the first workspaces were written: optional, so older files still read.
  languages: z
    .array(
      z.object({
        lang: z.string(),
        share: z.number().min(0).max(1),
        ranges: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
      }),
    )
    .optional(),
});

export const manifestSchema = z.object({
  format: z.literal('loupe-workspace'),
  version: z.literal(1),
  name: z.string(),
  created: z.string(),
});

export const indexSchema = z.object({
  documents: z.record(z.string(), documentSummarySchema),
});

export const tagSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  parent: z.string().nullable(),
  shortcut: z.string().nullable(),
  description: z.string(),
});

export const codebookSchema = z.object({
  version: z.literal(1),
  tags: z.array(tagSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type DocumentIndex = z.infer<typeof indexSchema>;
export type CodebookFile = z.infer<typeof codebookSchema>;

/** Adapts a zod schema to the durable file's `validate` option. */
export function validatorFor(schema: z.ZodType): (data: unknown) => string | null {
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return null;
    const issue = result.error.issues[0];
    return `does not match the workspace format${issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : ''}`;
  };
}
