import type { Db } from './database';

/** Marks (or marks again, with a later expiry) a browser as one the user signed in from. */
export async function upsertKnownClient(db: Db, row: { idHash: string; userId: number; createdAt: string; expiresAt: string }): Promise<void> {
  await db
    .insertInto('known_clients')
    .values({ id_hash: row.idHash, user_id: row.userId, created_at: row.createdAt, expires_at: row.expiresAt })
    .onConflict((oc) => oc.column('id_hash').doUpdateSet({ expires_at: row.expiresAt }))
    .execute();
}

export async function isKnownClient(db: Db, idHash: string, userId: number, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('known_clients')
    .select('id_hash')
    .where('id_hash', '=', idHash)
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Forgets the user's known browsers, all of them or all but the row `keepIdHash`. */
export async function deleteUserKnownClients(db: Db, userId: number, keepIdHash?: string): Promise<number> {
  const result = await db
    .deleteFrom('known_clients')
    .where('user_id', '=', userId)
    .$if(keepIdHash !== undefined, (qb) => qb.where('id_hash', '<>', keepIdHash!))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredKnownClients(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('known_clients').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
