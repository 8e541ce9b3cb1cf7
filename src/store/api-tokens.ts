import type { Db } from './database';
import { toUser, type User } from './users';

export interface ApiTokenSummary {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function insertApiToken(
  db: Db,
  row: { userId: number; name: string; tokenHash: string; prefix: string; createdAt: string },
): Promise<number> {
  const { id } = await db
    .insertInto('api_tokens')
    .values({ user_id: row.userId, name: row.name, token_hash: row.tokenHash, prefix: row.prefix, created_at: row.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listApiTokens(db: Db, userId: number): Promise<ApiTokenSummary[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

/** The enabled owner of the token with this hash. */
export async function findApiTokenUser(db: Db, tokenHash: string): Promise<{ tokenId: number; lastUsedAt: string | null; user: User } | undefined> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id as token_id', 't.last_used_at', 'u.id', 'u.name', 'u.role', 'u.disabled', 'u.created_at', 'u.updated_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('u.disabled', '=', 0)
    .executeTakeFirst();
  return row && { tokenId: row.token_id, lastUsedAt: row.last_used_at, user: toUser(row) };
}

export async function touchApiToken(db: Db, id: number, when: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: when }).where('id', '=', id).execute();
}

/** Deletes one of the user's tokens; false when the user has no such token. */
export async function deleteApiToken(db: Db, userId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteUserApiTokens(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
