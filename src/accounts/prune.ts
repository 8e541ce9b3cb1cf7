import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { deleteExpiredKnownClients } from '../store/known-clients';
import { deleteEndedAttempts } from '../store/login-attempts';
import { deleteExpiredSessions } from '../store/sessions';
import { deleteSpentSetupTokens } from '../store/setup-tokens';

export interface PruneReport {
  sessions: number;
  setupTokens: number;
  loginAttempts: number;
  knownClients: number;
}

/**
 * Deletes what can no longer be used: expired sessions, spent or expired
 * set-up links, known browsers past their time, and sign-in counters whose
 * window has ended (their keys hold names chosen by whoever tried them, so
 * left alone the table would only grow). Meant to run on a timer; each
 * statement stands alone, so a run cut short leaves nothing half done.
 */
export async function pruneAccounts(db: Db, now: Date, settings: Pick<AccountSettings, 'failureWindowMs'>): Promise<PruneReport> {
  const stamp = now.toISOString();
  const windowStart = new Date(now.getTime() - settings.failureWindowMs).toISOString();
  return {
    sessions: await deleteExpiredSessions(db, stamp),
    setupTokens: await deleteSpentSetupTokens(db, stamp),
    loginAttempts: await deleteEndedAttempts(db, windowStart),
    knownClients: await deleteExpiredKnownClients(db, stamp),
  };
}
