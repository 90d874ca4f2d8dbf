import { CodedError, ErrorCode } from '../../retrieval/errors.ts';

/** Why the state store could not serve a call. */
export type StoreFailure = 'locked' | 'damaged' | 'unavailable';

/**
 * A state-store failure as one line a person can act on. It is a CodedError
 * (code `unknown`: the core has no store of its own to name), so every
 * adapter's one error handler shows `message` as it is.
 */
export class StoreError extends CodedError {
  readonly reason: StoreFailure;

  constructor(reason: StoreFailure, message: string, cause: unknown) {
    super(ErrorCode.Unknown, message, { cause, fields: { reason } });
    this.name = 'StoreError';
    this.reason = reason;
  }
}

/** SQLite's result codes (better-sqlite3's SqliteError.code) by what they mean for us. */
const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']);
const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

/** Any error thrown by better-sqlite3 as a StoreError naming the file and what to do. */
export function storeError(error: unknown, path: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const why = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
  if (LOCKED.has(code)) {
    return new StoreError('locked', `The state store ${path} is locked by another process (${why}): try again in a moment.`, error);
  }
  if (DAMAGED.has(code)) {
    return new StoreError(
      'damaged',
      `The state store ${path} is damaged (${why}): move it aside; a new one is created on the next start.`,
      error,
    );
  }
  return new StoreError(
    'unavailable',
    `The state store ${path} cannot be used (${why}): check IOTSEC_STATE_DB and the folder's permissions.`,
    error,
  );
}
