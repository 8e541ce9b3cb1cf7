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

/**
 * Moves every row of one side to a negative position, so that each can then
 * get its final place without colliding with a row that has not moved yet
 * (also where uniqueness is checked row by row).
 */
export async function moveSideAside(db: Db, documentId: number, lang: Lang): Promise<void> {
  for (const table of ['paragraphs', 'sentences'] as const) {
    await db
      .updateTable(table)
      .set((eb) => ({ position: eb(eb.neg(eb.ref('position')), '-', 1) }))
      .where('document_id', '=', documentId)
      .where('lang', '=', lang)
      .execute();
  }
}

/** Where the sentences of a paragraph without sentences would start: after those of the paragraphs before it. */
export async function firstPositionAfter(db: Db, documentId: number, lang: Lang, paragraphPosition: number): Promise<number> {
  const row = await db
    .selectFrom('sentences as s')
    .innerJoin('paragraphs as p', 'p.id', 's.paragraph_id')
    .select((eb) => eb.fn.max('s.position').as('last'))
    .where('s.document_id', '=', documentId)
    .where('s.lang', '=', lang)
    .where('p.position', '<', paragraphPosition)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}
