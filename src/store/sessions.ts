import type { Db } from './database';
import { toUser, type User } from './users';

export interface SessionRecord {
  idHash: string;
  csrfToken: string;
  expiresAt: string;
  user: User;
}

export async function insertSession(
  db: Db,
  row: { idHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: row.idHash, user_id: row.userId, csrf_token: row.csrfToken, created_at: row.createdAt, expires_at: row.expiresAt })
    .execute();
}

/** The live session with this id hash and its (enabled) user. */
export async function findSession(db: Db, idHash: string, now: string): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id_hash', 's.csrf_token', 's.expires_at', 'u.id', 'u.name', 'u.role', 'u.disabled', 'u.created_at', 'u.updated_at'])
    .where('s.id_hash', '=', idHash)
    .where('s.expires_at', '>', now)
    .where('u.disabled', '=', 0)
    .executeTakeFirst();
  return row && { idHash: row.id_hash, csrfToken: row.csrf_token, expiresAt: row.expires_at, user: toUser(row) };
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every session of the user except the one with this id hash. */
export async function deleteOtherSessions(db: Db, userId: number, keepIdHash: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '!=', keepIdHash).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
