/**
 * Post-editing effort of many documents at once (the library page, the CSV download) and one
 * document's review progress over time. The English sentences and revisions are read in two
 * queries (effort/service.ts); the edit distances are worked out on the worker pool (compute task `documentEfforts`).
 */
import type { Compute } from '../compute/compute';
import type { DocumentEffort } from '../core/effort/effort';
import { progressByDay, type ProgressDay } from '../core/effort/timeline';
import type { Viewer } from '../core/model';
import type { Db } from '../store/database';
import { effortSentences, withVisibleEditors } from './service';

export async function libraryEfforts(db: Db, compute: Compute, viewer: Viewer, documentIds: readonly number[]): Promise<Map<number, DocumentEffort>> {
  if (documentIds.length === 0) return new Map();
  const efforts = await compute.run('documentEfforts', [...(await effortSentences(db, documentIds))]);
  return new Map(efforts.map(([id, effort]) => [id, withVisibleEditors(viewer, effort)]));
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
