import type { Db } from './database';

/** Small facts about the library itself, such as whether the sample content was loaded. */
export async function getMeta(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Sets the key only if it has no value yet. True for the one caller that set it,
 * so that several instances starting together do a once-only task once.
 */
export async function claimMeta(db: Db, key: string, value: string): Promise<boolean> {
  const row = await db
    .insertInto('app_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Sets the key only if its value is still `expected` (undefined: no value yet); true when it did.
 * Lets two processes that both computed a new value find out which one the library keeps.
 */
export async function replaceMeta(db: Db, key: string, expected: string | undefined, value: string): Promise<boolean> {
  if (expected === undefined) return claimMeta(db, key, value);
  const result = await db.updateTable('app_meta').set({ value }).where('key', '=', key).where('value', '=', expected).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMeta(db: Db, key: string): Promise<void> {
  await db.deleteFrom('app_meta').where('key', '=', key).execute();
}
