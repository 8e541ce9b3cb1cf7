/** Why a translation job cannot go on, apart from the engine's own failures (TranslationError). */
export type JobErrorCode = 'human_english' | 'not_configured' | 'document_missing' | 'internal';

export class JobError extends Error {
  constructor(
    readonly code: JobErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'JobError';
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
    'DeepL is not configured. Set DEEPL_AUTH_KEY to the key from the DeepL account page (and DEEPL_SERVER_URL=https://api-free.deepl.com ' +
      'for a free key) and restart Sejajar.',
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
