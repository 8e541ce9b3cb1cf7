/**
 * Post-editing effort of many documents at once (the library page, the CSV download) and one
 * document's review progress over time. The English sentences and revisions are read in two
 * queries (effort/service.ts); the edit distances are worked out on the worker pool (compute task
 * `documentEfforts`) and kept until the document changes.
 */
import type { Compute } from '../compute/compute';
import type { DocumentEffort } from '../core/effort/effort';
import { progressByDay, type ProgressDay } from '../core/effort/timeline';
import type { Viewer } from '../core/model';
import type { Db } from '../store/database';
import { documentStamps } from '../store/stamps';
import { effortOf, effortSentences, withVisibleEditors } from './service';

/**
 * The figures of each document as last worked out, under its revision counter (store/stamps.ts):
 * every write to a document raises it, so the library page recomputes only documents changed since.
 */
const computed = new WeakMap<Db, Map<number, { stamp: string; effort: DocumentEffort }>>();

export async function libraryEfforts(db: Db, compute: Compute, viewer: Viewer, documentIds: readonly number[]): Promise<Map<number, DocumentEffort>> {
  if (documentIds.length === 0) return new Map();
  const cache = computed.get(db) ?? new Map<number, { stamp: string; effort: DocumentEffort }>();
  computed.set(db, cache);
  const stamps = new Map((await documentStamps(db)).map((s) => [s.documentId, s.stamp]));
  for (const id of cache.keys()) if (!stamps.has(id)) cache.delete(id);
  const stale = documentIds.filter((id) => stamps.has(id) && cache.get(id)?.stamp !== stamps.get(id));
  if (stale.length > 0) {
    // Read after the stamps: a write in between leaves a newer figure under an older stamp, recomputed next time.
    const efforts = await compute.run('documentEfforts', [...(await effortSentences(db, stale))]);
    for (const [id, effort] of efforts) cache.set(id, { stamp: stamps.get(id)!, effort });
  }
  return new Map(
    documentIds.flatMap((id) => {
      const known = cache.get(id);
      return known ? [[id, withVisibleEditors(viewer, known.effort)] as const] : [];
    }),
  );
}

/** A document's human edits and reviews given, per day (core/effort/timeline.ts). */
export async function reviewTimeline(db: Db, documentId: number): Promise<ProgressDay[]> {
  const [edits, reviews] = await Promise.all([
    db.selectFrom('segment_revisions').select(['sentence_id', 'created_at']).where('document_id', '=', documentId).where('origin', '=', 'human').execute(),
    db.selectFrom('segment_status_events').select(['sentence_id', 'created_at']).where('document_id', '=', documentId).where('status', '=', 'reviewed').execute(),
  ]);
  return progressByDay([
    ...edits.map((r) => ({ sentenceId: r.sentence_id, at: r.created_at, kind: 'edit' as const })),
    ...reviews.map((r) => ({ sentenceId: r.sentence_id, at: r.created_at, kind: 'review' as const })),
  ]);
}

/** One document's effort through the same pool and memo as the library's (the effort page and API). */
export async function documentEffortFor(db: Db, compute: Compute, viewer: Viewer, documentId: number): Promise<DocumentEffort> {
  return (await libraryEfforts(db, compute, viewer, [documentId])).get(documentId) ?? effortOf(db, viewer, documentId);
}

/** How many English sentences the document has: the scale of its progress bars. */
export async function englishSentenceCount(db: Db, documentId: number): Promise<number> {
  const row = await db.selectFrom('sentences').select((eb) => eb.fn.countAll<number>().as('n')).where('document_id', '=', documentId).where('lang', '=', 'en').executeTakeFirst();
  return Number(row?.n ?? 0);
}
