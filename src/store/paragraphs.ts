import type { ParagraphStructure } from '../core/model';
import { structureColumns } from '../core/text/structure';
import { insertRows } from './bulk-insert';
import type { Db } from './database';
import type { Lang, ParagraphRow } from './schema';

export function englishParagraph(db: Db, id: number): Promise<ParagraphRow | undefined> {
  return db.selectFrom('paragraphs').selectAll().where('id', '=', id).where('lang', '=', 'en').executeTakeFirst();
}

export function paragraphById(db: Db, id: number): Promise<ParagraphRow | undefined> {
  return db.selectFrom('paragraphs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function sideParagraphs(db: Db, documentId: number, lang: Lang): Promise<ParagraphRow[]> {
  return db.selectFrom('paragraphs').selectAll().where('document_id', '=', documentId).where('lang', '=', lang).orderBy('position').execute();
}

/** The chapter of each paragraph of one side, in order (null where the side has none). */
export async function paragraphChapters(db: Db, documentId: number, lang: Lang): Promise<(number | null)[]> {
  const rows = await db.selectFrom('paragraphs').select('chapter').where('document_id', '=', documentId).where('lang', '=', lang).orderBy('position').execute();
  return rows.map((r) => r.chapter);
}

/** Inserts paragraphs of one side at the given positions; returns their ids in the order given. */
export async function insertParagraphs(
  db: Db,
  documentId: number,
  lang: Lang,
  paragraphs: readonly { position: number; text: string; structure?: ParagraphStructure; chapter?: number | null }[],
): Promise<number[]> {
  const rows = paragraphs.map((p) => {
    const structure = structureColumns(p.structure);
    return [documentId, lang, p.position, p.text, structure.kind, structure.heading_level, structure.cue_start_ms, structure.cue_end_ms, p.chapter ?? null];
  });
  const columns = ['document_id', 'lang', 'position', 'text', 'kind', 'heading_level', 'cue_start_ms', 'cue_end_ms', 'chapter'];
  // RETURNING promises no order, so rows are matched by position, unique per side.
  const ids = new Map<number, number>();
  for (const r of await insertRows<{ id: number; position: number }>(db, 'paragraphs', columns, rows, ['id', 'position'])) ids.set(r.position, r.id);
  return paragraphs.map((p) => ids.get(p.position)!);
}

export async function placeParagraph(db: Db, id: number, place: { position: number; text: string }): Promise<void> {
  await db.updateTable('paragraphs').set(place).where('id', '=', id).execute();
}

export async function deleteParagraphs(db: Db, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) await db.deleteFrom('paragraphs').where('id', 'in', ids.slice(i, i + 500)).execute();
}
