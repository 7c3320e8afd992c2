import { z } from 'zod';
import type { LoupeApi } from './api';

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
  },
  corpus: {
    list: empty,
    get: z.object({ id }).strict(),
    importFiles: z.object({ files: z.array(uploadedFile).min(1).max(500) }).strict(),
  },
  codebook: {
    list: empty,
  },
};
