export type TranslationErrorCode =
  | 'auth'
  | 'quota'
  | 'rate_limit'
  | 'server'
  | 'network'
  | 'bad_request'
  | 'timeout';

/** Codes worth trying again later without any change on our side. */
const RETRYABLE: ReadonlySet<TranslationErrorCode> = new Set(['rate_limit', 'server', 'network', 'timeout']);

/**
 * A failed translation call, in terms a person can act on: the message names
 * the cause and the remedy, `code` lets the job runner decide what to do.
 */
export class TranslationError extends Error {
  readonly code: TranslationErrorCode;
  readonly retryable: boolean;
  /** HTTP status of the engine's answer, when there was one. */
  readonly status?: number;

  constructor(code: TranslationErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TranslationError';
    this.code = code;
    this.retryable = RETRYABLE.has(code);
    this.status = options.status;
  }
}

export function isTranslationError(value: unknown): value is TranslationError {
  return value instanceof TranslationError;
}
