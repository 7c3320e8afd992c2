import type { LoupeApi } from './api';
import { parseChannel } from './channels';
import { schemas } from './schemas';
import type { Result } from '../domain/result';

/**
 * The receiving side of every transport: checks the channel, validates the argument
 * against the contract's schema, calls the service, and turns anything thrown into data.
 */
export async function dispatch(api: LoupeApi, channel: string, arg: unknown): Promise<Result<unknown>> {
  const parsed = parseChannel(channel);
  if (!parsed)
    return { ok: false, error: { code: 'unknown-channel', message: `No such channel: ${channel}` } };
  const serviceSchemas = schemas[parsed.service] as Record<string, { safeParse(v: unknown): SafeParse }>;
  const checked = serviceSchemas[parsed.method]!.safeParse(arg ?? {});
  if (!checked.success) {
    const first = checked.error?.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return {
      ok: false,
      error: { code: 'invalid-argument', message: `${channel}: ${first?.message ?? 'invalid'}${where}` },
    };
  }
  const service = api[parsed.service] as unknown as Record<string, (a: unknown) => Promise<Result<unknown>>>;
  try {
    return await service[parsed.method]!.call(service, checked.data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A file system refusal (disk full, read-only, permissions) is a save that can be retried.
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && DISK_ERRORS.has(code)) {
      return {
        ok: false,
        error: { code: 'write-failed', message: `The change could not be written (${message}).` },
      };
    }
    return { ok: false, error: { code: 'internal', message } };
  }
}

const DISK_ERRORS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'EBUSY',
  'EIO',
  'EMFILE',
  'ENFILE',
]);

interface SafeParse {
  success: boolean;
  data?: unknown;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}
