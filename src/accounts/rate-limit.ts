import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { clearAttempts, getAttempts, recordFailure } from '../store/login-attempts';

export type SignInLimits = Pick<AccountSettings, 'maxFailuresPerAccount' | 'maxFailuresPerAddress' | 'failureWindowMs'>;

const accountKey = (name: string) => `user:${name}`;
const addressKey = (address: string) => `ip:${address}`;

function windowStart(limits: SignInLimits, now: Date): string {
  return new Date(now.getTime() - limits.failureWindowMs).toISOString();
}

async function overLimit(db: Db, key: string, max: number, since: string): Promise<boolean> {
  const attempts = await getAttempts(db, key);
  return attempts !== undefined && attempts.windowStartedAt > since && attempts.failures >= max;
}

/**
 * Counted in the database so that every instance serving the same library
 * shares the counts. An account is limited whoever tries it; an address is
 * limited whichever accounts it tries.
 */
export async function signInBlocked(db: Db, name: string, address: string, limits: SignInLimits, now = new Date()): Promise<boolean> {
  const since = windowStart(limits, now);
  return (
    (await overLimit(db, accountKey(name), limits.maxFailuresPerAccount, since)) ||
    (await overLimit(db, addressKey(address), limits.maxFailuresPerAddress, since))
  );
}

export async function noteSignInFailure(db: Db, name: string, address: string, limits: SignInLimits, now = new Date()): Promise<void> {
  const since = windowStart(limits, now);
  await recordFailure(db, accountKey(name), now.toISOString(), since);
  await recordFailure(db, addressKey(address), now.toISOString(), since);
}

/** A correct password clears the account's count; the address keeps its count so it cannot reset it with its own account. */
export async function noteSignInSuccess(db: Db, name: string): Promise<void> {
  await clearAttempts(db, accountKey(name));
}
