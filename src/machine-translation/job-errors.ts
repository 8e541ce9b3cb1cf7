import { DomainError, type ErrorKind } from '../core/errors';

/** Why a translation job cannot go on, apart from the engine's own failures (TranslationError). */
export type JobErrorCode = 'human_english' | 'not_configured' | 'document_missing' | 'internal';

const KIND: Record<JobErrorCode, ErrorKind> = {
  human_english: 'conflict',
  not_configured: 'unavailable',
  document_missing: 'not_found',
  internal: 'unavailable',
};

export class JobError extends DomainError {
  constructor(
    override readonly code: JobErrorCode,
    message: string,
  ) {
    super(KIND[code], code, message);
    this.name = 'JobError';
  }

  override get messageKey(): string {
    return `translate:error.${this.code}`;
  }
}

export const humanEnglishRefused = () =>
  new JobError(
    'human_english',
    'This document has English a person wrote or edited; machine translation would replace it. ' +
      'Confirm the replacement (--force, or the confirmation box) to go ahead: the earlier English stays in the revision history.',
  );

export const notConfigured = () =>
  new JobError(
    'not_configured',
    'DeepL is not configured. Set DEEPL_AUTH_KEY to the key from the DeepL account page and restart Sejajar ' +
      "(a free key, ending in ':fx', is sent to DeepL's free server by itself).",
  );

/** The job was cancelled or another worker took it over: stop without writing anything more. */
export class JobLostError extends Error {
  constructor() {
    super('The job is no longer run by this worker.');
    this.name = 'JobLostError';
  }
}

/** The runner is shutting down: hand the job back to the queue. */
export class RunnerStoppedError extends Error {
  constructor() {
    super('The translation runner is stopping.');
    this.name = 'RunnerStoppedError';
  }
}
