/** An expected failure travels as data: thrown Errors do not survive IPC or JSON. */
export interface LoupeError {
  code: string;
  message: string;
  /** The file (name or relative path) the error is about, when there is one. */
  file?: string;
}

export type Result<T, E = LoupeError> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function fail(code: string, message: string, file?: string): Result<never> {
  return { ok: false, error: file === undefined ? { code, message } : { code, message, file } };
}
