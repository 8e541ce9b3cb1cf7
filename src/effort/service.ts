/**
 * Post-editing effort of one document (core/effort): its English sentences now and their
 * revisions, read in two queries. The per-editor figures are shown to signed-in viewers only, as authors everywhere.
 */
import { documentEffort, type DocumentEffort, type EffortRevision, type EffortSentence } from '../core/effort/effort';
import { visibleAuthor, type Viewer } from '../core/model';
import type { Db } from '../store/database';

/** The English sentences of these documents with their revisions, oldest first, per document. */
export async function effortSentences(db: Db, documentIds: readonly number[]): Promise<Map<number, EffortSentence[]>> {
  const byDocument = new Map<number, EffortSentence[]>(documentIds.map((id) => [id, []]));
  if (documentIds.length === 0) return byDocument;
  const [sentences, rows] = await Promise.all([
    db.selectFrom('sentences').select(['id', 'document_id', 'text']).where('lang', '=', 'en').where('document_id', 'in', documentIds).execute(),
    db
      .selectFrom('segment_revisions')
      .select(['sentence_id', 'text', 'origin', 'author'])
      .where('document_id', 'in', documentIds)
      .orderBy('sentence_id')
      .orderBy('version')
      .orderBy('id')
      .execute(),
  ]);
  const bySentence = new Map<number, EffortRevision[]>();
  for (const r of rows) {
    const list = bySentence.get(r.sentence_id) ?? [];
    list.push({ text: r.text, origin: r.origin, author: r.author });
    bySentence.set(r.sentence_id, list);
  }
  for (const s of sentences) byDocument.get(s.document_id)?.push({ text: s.text, revisions: bySentence.get(s.id) ?? [] });
  return byDocument;
}

/** Who edited is a sign-in name: anonymous readers get the document's figures only. */
export const withVisibleEditors = (viewer: Viewer, effort: DocumentEffort): DocumentEffort => ({
  ...effort,
  editors: effort.editors.filter((e) => visibleAuthor(viewer, e.author) !== null),
});

export async function effortOf(db: Db, viewer: Viewer, documentId: number): Promise<DocumentEffort> {
  const sentences = (await effortSentences(db, [documentId])).get(documentId) ?? [];
  return withVisibleEditors(viewer, documentEffort(sentences));
}
