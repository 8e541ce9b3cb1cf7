import type { Db } from './database';

export async function replaceSetupToken(db: Db, row: { tokenHash: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('setup_tokens').execute();
    await trx
      .insertInto('setup_tokens')
      .values({ token_hash: row.tokenHash, created_at: row.createdAt, expires_at: row.expiresAt })
      .execute();
  });
}

export async function isSetupTokenValid(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('setup_tokens')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the token used; false when it was already used or expired (so two tabs cannot both use it). */
export async function consumeSetupToken(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Links that can no longer be used: spent or expired. */
export async function deleteSpentSetupTokens(db: Db, now: string): Promise<number> {
  const result = await db
    .deleteFrom('setup_tokens')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
