import type { Kysely } from 'kysely';

// Written against `Kysely<any>` like every migration: the schema as it was at this point.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The equivalents as searchable text: one per line, lower-cased. Searching the JSON array
 * matched its quotes, commas and brackets (a search for `"` found every term); this column holds
 * only the words. Filled here for the terms already stored; the store keeps it with every write.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('glossary_terms')
    .addColumn('targets_search', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = (await db.selectFrom('glossary_terms').select(['id', 'targets_json']).execute()) as { id: number; targets_json: string }[];
  for (const row of rows) {
    const targets = JSON.parse(row.targets_json) as string[];
    await db.updateTable('glossary_terms').set({ targets_search: targetsSearchText(targets) }).where('id', '=', row.id).execute();
  }
}

/** Kept here, not imported, so that this migration does the same thing whatever the store later does. */
function targetsSearchText(targets: readonly string[]): string {
  return targets.join('\n').toLowerCase();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('glossary_terms').dropColumn('targets_search').execute();
}
