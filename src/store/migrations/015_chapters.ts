import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Which chapter of its side a paragraph is in (0 for the first), as the book
 * it came from was divided (an EPUB's spine items, a Word or Markdown file's
 * top-level headings). Null where the side has no chapters, as every
 * paragraph stored before reads.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('paragraphs').addColumn('chapter', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('paragraphs').dropColumn('chapter').execute();
}
