import type { Db } from './database';
import type { Lang } from './schema';

/**
 * Moves every sentence at or after `from` by `delta` positions. Two passes
 * through negative positions keep the (document, lang, position) unique
 * constraint satisfied at every step, on SQLite and PostgreSQL alike.
 */
export async function shiftSentences(db: Db, documentId: number, lang: Lang, from: number, delta: number): Promise<void> {
  if (delta === 0) return;
  await db
    .updateTable('sentences')
    .set((eb) => ({ position: eb(eb.val(-1 - delta), '-', eb.ref('position')) }))
    .where('document_id', '=', documentId)
    .where('lang', '=', lang)
    .where('position', '>=', from)
    .execute();
  await db
    .updateTable('sentences')
    .set((eb) => ({ position: eb(eb.val(-1), '-', eb.ref('position')) }))
    .where('document_id', '=', documentId)
    .where('lang', '=', lang)
    .where('position', '<', 0)
    .execute();
}

/** The paragraph's text is its sentences joined; kept in step after every edit. */
export async function refreshParagraphText(db: Db, paragraphId: number): Promise<void> {
  const rows = await db.selectFrom('sentences').select('text').where('paragraph_id', '=', paragraphId).orderBy('position').execute();
  await db.updateTable('paragraphs').set({ text: rows.map((r) => r.text).join(' ') }).where('id', '=', paragraphId).execute();
}
