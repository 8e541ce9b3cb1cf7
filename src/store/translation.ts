import { alignDocument } from '../core/align/index';
import type { SegmentedParagraph } from '../core/text/index';
import { alignmentLexicon } from './alignment-lexicon';
import { dropAlignmentHistory } from './alignment-ops';
import type { Db } from './database';
import { writeEditableLinks } from './links';
import { touchDocument } from './segments';

/**
 * Puts a new human translation in place of the English side. The old English
 * sentences are retired (listed in retired_segments, revisions kept), and the
 * whole document is aligned again.
 */
export async function replaceTranslation(
  db: Db,
  input: { documentId: number; translation: SegmentedParagraph[]; author: string | null },
  now = new Date(),
): Promise<boolean> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('documents').select('id').where('id', '=', input.documentId).executeTakeFirst();
    if (!doc) return false;
    await trx
      .insertInto('retired_segments')
      .columns(['document_id', 'sentence_id', 'position', 'text', 'origin', 'status', 'version', 'reason', 'author', 'retired_at'])
      .expression((eb) =>
        eb
          .selectFrom('sentences')
          .select(['document_id', 'id', 'position', 'text', 'origin', 'status', 'version'])
          .select((e) => [e.val('translation_replaced').as('reason'), e.val(input.author).as('author'), e.val(stamp).as('retired_at')])
          .where('document_id', '=', input.documentId)
          .where('lang', '=', 'en'),
      )
      .execute();
    await trx.deleteFrom('sentences').where('document_id', '=', input.documentId).where('lang', '=', 'en').execute();
    await trx.deleteFrom('paragraphs').where('document_id', '=', input.documentId).where('lang', '=', 'en').execute();
    await insertEnglish(trx, input.documentId, input.translation, input.author, stamp);

    const source = await sourceSentences(trx, input.documentId);
    const alignment = alignDocument(source, input.translation.map((p) => p.sentences), { lexicon: await alignmentLexicon(trx) });
    const unconfirmed = (links: { source: number[]; target: number[]; confidence: number }[]) => links.map((l) => ({ ...l, confirmed: false }));
    await writeEditableLinks(trx, input.documentId, 'paragraph', unconfirmed(alignment.paragraphs));
    await writeEditableLinks(trx, input.documentId, 'sentence', unconfirmed(alignment.sentences));
    await dropAlignmentHistory(trx, input.documentId);
    await touchDocument(trx, input.documentId, stamp);
    return true;
  });
}

async function insertEnglish(db: Db, documentId: number, paragraphs: SegmentedParagraph[], author: string | null, stamp: string) {
  let position = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    const { id: paragraphId } = await db
      .insertInto('paragraphs')
      .values({ document_id: documentId, lang: 'en', position: index, text: paragraph.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const text of paragraph.sentences) {
      const { id } = await db
        .insertInto('sentences')
        .values({ document_id: documentId, paragraph_id: paragraphId, lang: 'en', position: position++, text, origin: 'human', status: 'draft', version: 1, updated_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('segment_revisions').values({ sentence_id: id, document_id: documentId, version: 1, text, origin: 'human', author, created_at: stamp }).execute();
    }
  }
}

async function sourceSentences(db: Db, documentId: number): Promise<string[][]> {
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('paragraphs as p', 'p.id', 's.paragraph_id')
    .select(['p.position as paragraph', 's.text'])
    .where('s.document_id', '=', documentId)
    .where('s.lang', '=', 'id')
    .orderBy('s.position')
    .execute();
  const out: string[][] = [];
  for (const r of rows) (out[r.paragraph] ??= []).push(r.text);
  return Array.from(out, (p) => p ?? []);
}

/** English that left a document (replaced or rewritten), newest first, each with its revisions. */
export async function retiredSegments(db: Db, documentId: number) {
  const rows = await db.selectFrom('retired_segments').selectAll().where('document_id', '=', documentId).orderBy('id', 'desc').execute();
  const revisions = rows.length
    ? await db
        .selectFrom('segment_revisions')
        .select(['sentence_id', 'version', 'text', 'origin', 'author', 'created_at'])
        .where('sentence_id', 'in', rows.map((r) => r.sentence_id))
        .orderBy('version')
        .execute()
    : [];
  return rows.map((r) => ({
    sentenceId: r.sentence_id,
    position: r.position,
    text: r.text,
    status: r.status,
    version: r.version,
    reason: r.reason,
    retiredAt: r.retired_at,
    revisions: revisions
      .filter((v) => v.sentence_id === r.sentence_id)
      .map((v) => ({ version: v.version, text: v.text, origin: v.origin, author: v.author, createdAt: v.created_at })),
  }));
}
