import type { Db } from './database';

export interface AttemptWindow {
  failures: number;
  windowStartedAt: string;
}

export async function getAttempts(db: Db, key: string): Promise<AttemptWindow | undefined> {
  const row = await db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  return row && { failures: row.failures, windowStartedAt: row.window_started_at };
}

/**
 * Counts one failure for the key, starting a fresh window when the old one
 * ended. One statement, so instances sharing the database cannot lose counts.
 */
export async function recordFailure(db: Db, key: string, now: string, windowStartAfter: string): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_attempts.window_started_at', '<=', windowStartAfter)
          .then(1)
          .else(eb('login_attempts.failures', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_attempts.window_started_at', '<=', windowStartAfter)
          .then(now)
          .else(eb.ref('login_attempts.window_started_at'))
          .end(),
      })),
    )
    .execute();
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}
