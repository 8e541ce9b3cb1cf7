import type { Kysely } from 'kysely';

// Written against `Kysely<any>`: the schema as it was at this point.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * A counter every change to a document's English side or links raises in the
 * same transaction, so caches can key on one integer instead of aggregating
 * over every sentence and link. Existing documents start at 1: any value works
 * as long as it only grows from here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('revision').execute();
}
