/**
 * Post-editing effort of one document (core/effort): its English sentences now and their
 * revisions, read in two queries. The per-editor figures are shown to signed-in viewers only, as authors everywhere.
 */
import { documentEffort, type DocumentEffort, type EffortRevision } from '../core/effort/effort';
import { visibleAuthor, type Viewer } from '../core/model';
import type { Db } from '../store/database';
import { sideSentences } from '../store/sentences';

export async function effortOf(db: Db, viewer: Viewer, documentId: number): Promise<DocumentEffort> {
  const sentences = await sideSentences(db, documentId, 'en');
  const rows = await db
    .selectFrom('segment_revisions')
    .select(['sentence_id', 'text', 'origin', 'author'])
    .where('document_id', '=', documentId)
    .orderBy('sentence_id')
    .orderBy('version')
    .orderBy('id')
    .execute();
  const bySentence = new Map<number, EffortRevision[]>();
  for (const r of rows) {
    const list = bySentence.get(r.sentence_id) ?? [];
    list.push({ text: r.text, origin: r.origin, author: r.author });
    bySentence.set(r.sentence_id, list);
  }
  const effort = documentEffort(sentences.map((s) => ({ text: s.text, revisions: bySentence.get(s.id) ?? [] })));
  // Who edited is a sign-in name: anonymous readers get the document's figures only.
  return { ...effort, editors: effort.editors.filter((e) => visibleAuthor(viewer, e.author) !== null) };
}
