/**
 * Coded errors, after Bolt's src/errors.ts: one code per failure a user can
 * meet, a message that says what was expected and how to fix it, and the cause.
 */
export enum ErrorCode {
  EmptyQuestion = 'empty_question',
  QuestionTooLong = 'question_too_long',
  CorpusMissing = 'corpus_missing',
  CorpusEmpty = 'corpus_empty',
  DocumentUnreadable = 'document_unreadable',
  IndexDamaged = 'index_damaged',
  IndexBusy = 'index_busy',
  ClauseNotFound = 'clause_not_found',
  ConfigInvalid = 'config_invalid',
  ModelUnavailable = 'model_unavailable',
  LlmFailed = 'llm_failed',
  Unknown = 'unknown',
}

export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; fields?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'CodedError';
    this.code = code;
    this.fields = options.fields ?? {};
  }
}

export const MAX_QUESTION_CHARS = 4000;
/** A draft checked by `verify` (CLI or chat): about 30 pages; a longer one is checked in parts. */
export const MAX_DRAFT_CHARS = 100_000;

/** Wrap anything thrown into a CodedError, keeping it as the cause. */
export function asCodedError(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CodedError(ErrorCode.Unknown, `Unexpected error: ${firstLine(message)}`, { cause: error });
}

/** The one line a user sees for an error; details belong in the log. */
export function userLine(error: unknown): string {
  const coded = asCodedError(error);
  return firstLine(coded.message);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].slice(0, 300);
}
