import type { Result } from '../../../shared/domain/result';

/**
 * A call that never reached the service (network down, host gone, bad response) still
 * resolves to a Result, so components handle it like any other expected failure.
 */
export function transportFailure(message: string): Result<never> {
  return { ok: false, error: { code: 'transport', message } };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
