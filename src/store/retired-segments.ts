import type { Db } from './database';
import type { SentenceRow } from './schema';

/** What a retired entry records of a sentence: the text and state it had when it left. */
export type RetiredSentence = Pick<SentenceRow, 'id' | 'document_id' | 'position' | 'text' | 'origin' | 'status' | 'version'>;

/** Lists sentence versions that left the document, with why and by whom; their revisions stay where they are. */
export async function recordRetired(db: Db, rows: readonly RetiredSentence[], reason: string, author: string | null, stamp: string): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((r) => ({
      document_id: r.document_id,
      sentence_id: r.id,
      position: r.position,
      text: r.text,
      origin: r.origin,
      status: r.status,
      version: r.version,
      reason,
      author,
      retired_at: stamp,
    }));
    await db.insertInto('retired_segments').values(values).execute();
  }
}

/** English that left a document (replaced or rewritten), newest first, each with its revisions up to when it left. */
export async function retiredSegments(db: Db, documentId: number) {
  const rows = await db.selectFrom('retired_segments').selectAll().where('document_id', '=', documentId).orderBy('id', 'desc').execute();
  const revisions = rows.length
    ? await db
        .selectFrom('segment_revisions')
        .select(['sentence_id', 'version', 'text', 'origin', 'author', 'created_at'])
        // By document rather than a list of ids: a replaced long translation retires more rows than a statement may bind.
        .where('document_id', '=', documentId)
        .orderBy('version')
        .execute()
    : [];
  const bySentence = new Map<number, typeof revisions>();
  for (const v of revisions) {
    const list = bySentence.get(v.sentence_id);
    if (list) list.push(v);
    else bySentence.set(v.sentence_id, [v]);
  }
  return rows.map((r) => ({
    sentenceId: r.sentence_id,
    position: r.position,
    text: r.text,
    status: r.status,
    version: r.version,
    reason: r.reason,
    retiredAt: r.retired_at,
    revisions: (bySentence.get(r.sentence_id) ?? [])
      .filter((v) => v.version <= r.version)
      .map((v) => ({ version: v.version, text: v.text, origin: v.origin, author: v.author, createdAt: v.created_at })),
  }));
}
