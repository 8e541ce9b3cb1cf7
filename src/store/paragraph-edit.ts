import { replaceUnits, sentencesOfEdit } from '../core/edit/index';
import { normalizeText } from '../core/text/index';
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

/**
 * Rewrites a whole English paragraph: sentences are matched to the old rows
 * in order, rows left over are retired with their history, new ones added,
 * and the paragraph group re-aligned when the count changed.
 */
export async function saveParagraph(db: Db, save: ParagraphSave, now = new Date()): Promise<ParagraphSaveResult> {
  const texts = sentencesOfEdit(normalizeText(save.text));
  if (texts.length === 0) throw new EmptyTextError();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const paragraph = await trx.selectFrom('paragraphs').selectAll().where('id', '=', save.paragraphId).where('lang', '=', 'en').executeTakeFirst();
    if (!paragraph) return { kind: 'missing' } as const;
    const rows = await trx.selectFrom('sentences').selectAll().where('paragraph_id', '=', paragraph.id).orderBy('position').execute();
    const unchanged = rows.length === save.versions.length && rows.every((r, i) => r.version === save.versions[i]);
    if (!unchanged) return { kind: 'conflict', current: { text: paragraph.text, sentences: rows.map(state) } } as const;

    const documentId = paragraph.document_id;
    const from = rows[0]?.position ?? (await firstPositionAfter(trx, documentId, paragraph.position));
    const kept = rows.slice(0, texts.length);
    for (const [i, row] of kept.entries()) {
      if (row.text === texts[i]) continue;
      await trx.updateTable('sentences').set({ text: texts[i], origin: 'human', status: 'draft', version: row.version + 1, updated_at: stamp }).where('id', '=', row.id).execute();
      await trx.insertInto('segment_revisions').values({ sentence_id: row.id, document_id: documentId, version: row.version + 1, text: texts[i], origin: 'human', author: save.author, created_at: stamp }).execute();
    }
    await retire(trx, rows.slice(texts.length), 'paragraph_rewritten', save.author, stamp);
    const delta = texts.length - rows.length;
    await shiftSentences(trx, documentId, 'en', from + rows.length, delta);
    for (let i = rows.length; i < texts.length; i++) {
      const inserted = await trx
        .insertInto('sentences')
        .values({ document_id: documentId, paragraph_id: paragraph.id, lang: 'en', position: from + i, text: texts[i], origin: 'human', status: 'draft', version: 1, updated_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('segment_revisions').values({ sentence_id: inserted.id, document_id: documentId, version: 1, text: texts[i], origin: 'human', author: save.author, created_at: stamp }).execute();
    }
    await refreshParagraphText(trx, paragraph.id);
    if (delta !== 0) {
      const links = await readEditableLinks(trx, documentId, 'sentence');
      await writeEditableLinks(trx, documentId, 'sentence', replaceUnits(links, 'target', from, rows.length, texts.length));
      await realignParagraphGroup(trx, documentId, paragraph.position);
      await dropAlignmentHistory(trx, documentId);
    }
    await touchDocument(trx, documentId, stamp);
    const now = await trx.selectFrom('sentences').selectAll().where('paragraph_id', '=', paragraph.id).orderBy('position').execute();
    return { kind: 'saved', sentences: now.map(state) } as const;
  });
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
