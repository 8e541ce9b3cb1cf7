import type { Db } from './database';

/** One counter of sign-in attempts and the most it may reach within its window. */
export interface AttemptLimit {
  key: string;
  max: number;
}

/**
 * Counts one attempt for the key unless its window is full, in one statement:
 * the guard and the increment cannot be separated by a parallel request, on
 * SQLite or PostgreSQL. A window that began at or before `windowStartAfter`
 * has ended, and the count starts again. True when the attempt was counted.
 */
async function reserveOne(db: Db, limit: AttemptLimit, now: string, windowStartAfter: string): Promise<boolean> {
  const row = await db
    .insertInto('login_attempts')
    .values({ key: limit.key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
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
        }))
        .where((eb) =>
          eb.or([eb('login_attempts.window_started_at', '<=', windowStartAfter), eb('login_attempts.failures', '<', limit.max)]),
        ),
    )
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

class WindowFull extends Error {}

/**
 * Counts one attempt on every key, or on none when any of them is full.
 * Keys are taken in a fixed order so that parallel transactions on
 * PostgreSQL lock the same rows in the same order and cannot deadlock.
 */
export async function reserveAttempt(db: Db, limits: readonly AttemptLimit[], now: string, windowStartAfter: string): Promise<boolean> {
  const ordered = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  try {
    await db.transaction().execute(async (trx) => {
      for (const limit of ordered) {
        if (!(await reserveOne(trx, limit, now, windowStartAfter))) throw new WindowFull();
      }
    });
    return true;
  } catch (err) {
    if (err instanceof WindowFull) return false;
    throw err;
  }
}

/**
 * Gives back one counted attempt on each key, when it is still in the same
 * window: a sign-in that succeeded takes back its own count and nobody else's.
 */
export async function releaseAttempt(db: Db, keys: readonly string[], windowStartAfter: string): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('login_attempts')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', 'in', keys)
    .where('failures', '>', 0)
    .where('window_started_at', '>', windowStartAfter)
    .execute();
}

/** Drops counters whose window has ended: they would start again from one anyway. */
export async function deleteEndedAttempts(db: Db, windowStartAfter: string): Promise<number> {
  const result = await db.deleteFrom('login_attempts').where('window_started_at', '<=', windowStartAfter).executeTakeFirst();
  return Number(result.numDeletedRows);
}
