import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * What each paragraph is, as its file said: body text, a heading and its
 * level, or a subtitle cue and its times. Every paragraph stored before reads
 * as body text, as it was shown.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('paragraphs').addColumn('kind', 'text', (c) => c.notNull().defaultTo('body')).execute();
  await db.schema.alterTable('paragraphs').addColumn('heading_level', 'integer').execute();
  await db.schema.alterTable('paragraphs').addColumn('cue_start_ms', 'integer').execute();
  await db.schema.alterTable('paragraphs').addColumn('cue_end_ms', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['cue_end_ms', 'cue_start_ms', 'heading_level', 'kind']) await db.schema.alterTable('paragraphs').dropColumn(column).execute();
}
