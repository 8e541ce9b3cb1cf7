/**
 * Word statuses, tracked by root: what a reader knows of "serang" they know of diserang,
 * menyerang and serangan. The same list and limits serve the browser's copy and the server's.
 */
import { LearnerError } from './errors';

export const WORD_STATUSES = ['new', 'learning', 'known', 'ignored'] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

/** Longer "roots" are no Indonesian words (the longest are about 20 letters). */
export const MAX_ROOT_LENGTH = 64;
/** Most statuses one request may carry (a reader's whole local list on sign-in). */
export const MAX_STATUSES_PER_REQUEST = 20_000;

export const isWordStatus = (value: unknown): value is WordStatus => typeof value === 'string' && (WORD_STATUSES as readonly string[]).includes(value);

const ROOT = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-‐]*$/u;

/** Reads `{ root: status }` as sent by a browser; anything else is refused whole, so nothing is stored half-done. */
export function parseStatuses(value: unknown): Map<string, WordStatus> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LearnerError('bad_statuses', 'Send "statuses": an object of word roots and statuses.');
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_STATUSES_PER_REQUEST) {
    throw new LearnerError('too_many_statuses', `Send at most ${MAX_STATUSES_PER_REQUEST} statuses at once.`, { max: MAX_STATUSES_PER_REQUEST });
  }
  const statuses = new Map<string, WordStatus>();
  for (const [root, status] of entries) {
    const key = root.toLowerCase();
    if (key.length > MAX_ROOT_LENGTH || !ROOT.test(key) || !isWordStatus(status)) {
      throw new LearnerError('bad_status', 'Each status must be one of new, learning, known, ignored, for one word.', { allowed: WORD_STATUSES.join(', ') });
    }
    statuses.set(key, status);
  }
  return statuses;
}
