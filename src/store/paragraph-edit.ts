import { replaceUnits, sentencesOfEdit } from '../core/edit/index';
import { dropAlignmentHistory } from './alignment-ops';
import type { Db } from './database';
import { readEditableLinks, writeEditableLinks } from './links';
import { refreshParagraphText, shiftSentences } from './positions';
import { realignParagraphGroup } from './realign-group';
import { EmptyTextError, touchDocument, type SegmentState } from './segments';
import type { SentenceRow } from './schema';

export interface ParagraphSave {
  paragraphId: number;
  text: string;
  /** Versions of the paragraph's sentences, in order, as the editor saw them. */
  versions: number[];
  author: string | null;
}

export type ParagraphSaveResult =
  | { kind: 'saved'; sentences: SegmentState[] }
  | { kind: 'conflict'; current: { text: string; sentences: SegmentState[] } }
  | { kind: 'missing' };

const state = (r: Pick<SentenceRow, 'id' | 'text' | 'version' | 'status'>): SegmentState => ({
  id: r.id,
  text: r.text,
  version: r.version,
  status: r.status,
});

interface Context {
  db: Db;
  documentId: number;
  paragraphId: number;
  author: string | null;
  stamp: string;
}

/**
 * Rewrites a whole English paragraph: sentences are matched to the old rows
 * in order, rows left over are retired with their history, new ones added,
 * and the paragraph group re-aligned when the count changed.
 */
export async function saveParagraph(db: Db, save: ParagraphSave, now = new Date()): Promise<ParagraphSaveResult> {
  const texts = sentencesOfEdit(save.text);
  if (texts.length === 0) throw new EmptyTextError();
  return db.transaction().execute(async (trx) => {
    const paragraph = await trx.selectFrom('paragraphs').selectAll().where('id', '=', save.paragraphId).where('lang', '=', 'en').executeTakeFirst();
    if (!paragraph) return { kind: 'missing' } as const;
    const rows = await sentencesOf(trx, paragraph.id);
    const unchanged = rows.length === save.versions.length && rows.every((r, i) => r.version === save.versions[i]);
    if (!unchanged) return { kind: 'conflict', current: { text: paragraph.text, sentences: rows.map(state) } } as const;

    const ctx: Context = { db: trx, documentId: paragraph.document_id, paragraphId: paragraph.id, author: save.author, stamp: now.toISOString() };
    const from = rows[0]?.position ?? (await firstPositionAfter(trx, ctx.documentId, paragraph.position));
    await rewriteKept(ctx, rows.slice(0, texts.length), texts);
    await retire(trx, rows.slice(texts.length), 'paragraph_rewritten', save.author, ctx.stamp);
    await shiftSentences(trx, ctx.documentId, 'en', from + rows.length, texts.length - rows.length);
    await insertNew(ctx, texts.slice(rows.length), from + rows.length);
    await refreshParagraphText(trx, paragraph.id);
    if (texts.length !== rows.length) {
      const links = await readEditableLinks(trx, ctx.documentId, 'sentence');
      await writeEditableLinks(trx, ctx.documentId, 'sentence', replaceUnits(links, 'target', from, rows.length, texts.length));
      await realignParagraphGroup(trx, ctx.documentId, paragraph.position);
      await dropAlignmentHistory(trx, ctx.documentId);
    }
    await touchDocument(trx, ctx.documentId, ctx.stamp);
    return { kind: 'saved', sentences: (await sentencesOf(trx, paragraph.id)).map(state) } as const;
  });
}

function sentencesOf(db: Db, paragraphId: number) {
  return db.selectFrom('sentences').selectAll().where('paragraph_id', '=', paragraphId).orderBy('position').execute();
}

/** Rows that stay get the new text in order; an unchanged text keeps its version. */
async function rewriteKept(ctx: Context, rows: SentenceRow[], texts: string[]) {
  for (const [i, row] of rows.entries()) {
    if (row.text === texts[i]) continue;
    const version = row.version + 1;
    await ctx.db.updateTable('sentences').set({ text: texts[i], origin: 'human', status: 'draft', version, updated_at: ctx.stamp }).where('id', '=', row.id).execute();
    await ctx.db
      .insertInto('segment_revisions')
      .values({ sentence_id: row.id, document_id: ctx.documentId, version, text: texts[i], origin: 'human', author: ctx.author, created_at: ctx.stamp })
      .execute();
  }
}

async function insertNew(ctx: Context, texts: string[], position: number) {
  for (const [i, text] of texts.entries()) {
    const { id } = await ctx.db
      .insertInto('sentences')
      .values({ document_id: ctx.documentId, paragraph_id: ctx.paragraphId, lang: 'en', position: position + i, text, origin: 'human', status: 'draft', version: 1, updated_at: ctx.stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('segment_revisions')
      .values({ sentence_id: id, document_id: ctx.documentId, version: 1, text, origin: 'human', author: ctx.author, created_at: ctx.stamp })
      .execute();
  }
}

/** Where an English paragraph without sentences would start. */
async function firstPositionAfter(db: Db, documentId: number, paragraphPosition: number): Promise<number> {
  const row = await db
    .selectFrom('sentences as s')
    .innerJoin('paragraphs as p', 'p.id', 's.paragraph_id')
    .select((eb) => eb.fn.max('s.position').as('last'))
    .where('s.document_id', '=', documentId)
    .where('s.lang', '=', 'en')
    .where('p.position', '<', paragraphPosition)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** Moves sentence rows out of the document; their revisions stay, named by sentence id. */
export async function retire(db: Db, rows: SentenceRow[], reason: string, author: string | null, stamp: string): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto('retired_segments')
      .values({
        document_id: row.document_id,
        sentence_id: row.id,
        position: row.position,
        text: row.text,
        origin: row.origin,
        status: row.status,
        version: row.version,
        reason,
        author,
        retired_at: stamp,
      })
      .execute();
    await db.deleteFrom('sentences').where('id', '=', row.id).execute();
  }
}
