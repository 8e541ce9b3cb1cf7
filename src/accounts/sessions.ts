import type { Db } from '../store/database';
import * as store from '../store/sessions';
import { hashToken, randomToken } from './tokens';

export interface NewSession {
  /** Goes into the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(db: Db, userId: number, ttlMs: number, now = new Date()): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await store.insertSession(db, {
    idHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, csrfToken, expiresAt };
}

export function resumeSession(db: Db, token: string, now = new Date()): Promise<store.SessionRecord | undefined> {
  if (token.length < 20 || token.length > 100) return Promise.resolve(undefined);
  return store.findSession(db, hashToken(token), now.toISOString());
}

export async function endSession(db: Db, token: string): Promise<void> {
  await store.deleteSession(db, hashToken(token));
}

/** "Sign out everywhere": every session of the user, on every device. */
export function endAllSessions(db: Db, userId: number): Promise<number> {
  return store.deleteUserSessions(db, userId);
}

/** Only the sessions; `pruneAccounts` (prune.ts) removes everything of accounts that has expired. */
export function pruneExpiredSessions(db: Db, now = new Date()): Promise<number> {
  return store.deleteExpiredSessions(db, now.toISOString());
}
