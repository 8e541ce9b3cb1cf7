import type { Db } from './database';
import { skipLockedRows } from './dialect';
import type { ExpressionBuilder } from 'kysely';
import type { Database, JobStatus, TranslationJobRow } from './schema';

/**
 * Translation jobs and their leases. Several app instances may share one
 * database: a job is worked on by whoever claimed it while their lease runs;
 * the worker renews the lease by heartbeat, and a job whose lease ran out is
 * claimed again by the next worker that looks. Every write a worker makes
 * names the worker, so one that lost its lease cannot overwrite the new owner.
 */

export type TranslationJob = TranslationJobRow;

export const ACTIVE_STATUSES: readonly JobStatus[] = ['queued', 'running'];

export interface NewJob {
  documentId: number;
  targetLang: string;
  force: boolean;
  totalParagraphs: number;
  author?: string | null;
}

const stamp = (now: Date) => now.toISOString();

export async function getJob(db: Db, id: number): Promise<TranslationJob | undefined> {
  return db.selectFrom('translation_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function activeJobForDocument(db: Db, documentId: number): Promise<TranslationJob | undefined> {
  return db
    .selectFrom('translation_jobs')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('status', 'in', ACTIVE_STATUSES)
    .executeTakeFirst();
}

export async function latestJobForDocument(db: Db, documentId: number): Promise<TranslationJob | undefined> {
  return db
    .selectFrom('translation_jobs')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Characters DeepL billed for this document over all its jobs. */
export async function billedCharactersForDocument(db: Db, documentId: number): Promise<number> {
  const row = await db
    .selectFrom('translation_jobs')
    .select((eb) => eb.fn.sum<number>('billed_characters').as('billed'))
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return Number(row?.billed ?? 0);
}

/**
 * Queues a job unless the document already has an active one, which is then
 * returned instead. A unique partial index keeps this true even when two
 * instances enqueue at the same moment.
 */
export async function enqueueJob(db: Db, input: NewJob, now = new Date()): Promise<{ job: TranslationJob; created: boolean }> {
  const existing = await activeJobForDocument(db, input.documentId);
  if (existing) return { job: existing, created: false };
  try {
    const job = await db
      .insertInto('translation_jobs')
      .values({
        document_id: input.documentId,
        target_lang: input.targetLang,
        force: input.force ? 1 : 0,
        status: 'queued',
        total_paragraphs: input.totalParagraphs,
        done_paragraphs: 0,
        sent_paragraphs: 0,
        billed_characters: 0,
        attempts: 0,
        author: input.author ?? null,
        created_at: stamp(now),
        updated_at: stamp(now),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { job, created: true };
  } catch (error) {
    const raced = await activeJobForDocument(db, input.documentId);
    if (raced) return { job: raced, created: false };
    throw error;
  }
}

export interface ClaimOptions {
  workerId: string;
  leaseMs: number;
  now?: Date;
  /** Claim only this job (the CLI runs the job it queued). */
  jobId?: number;
  /**
   * PostgreSQL: lock the chosen row with FOR UPDATE SKIP LOCKED so that
   * concurrent claimers pick different jobs (without it, two claimers can both
   * update the same row under READ COMMITTED). On by default; SQLite has one
   * writer at a time, which makes the single UPDATE race-safe already.
   */
  skipLocked?: boolean;
}

/**
 * Takes the oldest job that is queued (and due) or whose lease expired, marks
 * it running under `workerId`, and returns it; undefined when there is none.
 * One UPDATE … WHERE id = (SELECT …) RETURNING: no window between choosing
 * and taking in which another worker could take the same job.
 */
export async function claimJob(db: Db, options: ClaimOptions): Promise<TranslationJob | undefined> {
  const now = stamp(options.now ?? new Date());
  const leaseEnd = stamp(new Date((options.now ?? new Date()).getTime() + options.leaseMs));
  return db.transaction().execute(async (trx) => {
    let candidate = trx
      .selectFrom('translation_jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb.or([eb('run_after', 'is', null), eb('run_after', '<=', now)])]),
          eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', now)]),
        ]),
      )
      .orderBy('created_at')
      .orderBy('id')
      .limit(1);
    // A job asked for by id runs now even if it was waiting to retry later.
    if (options.jobId !== undefined) candidate = candidate.clearWhere().where('id', '=', options.jobId).where(claimableNow(now));
    if (options.skipLocked ?? true) candidate = skipLockedRows(trx, candidate);
    return trx
      .updateTable('translation_jobs')
      .set((eb) => ({
        status: 'running',
        claimed_by: options.workerId,
        lease_expires_at: leaseEnd,
        heartbeat_at: now,
        attempts: eb('attempts', '+', 1),
        started_at: eb.fn.coalesce('started_at', eb.val(now)),
        updated_at: now,
      }))
      .where('id', '=', candidate)
      .returningAll()
      .executeTakeFirst();
  });
}

function claimableNow(now: string) {
  return (eb: ExpressionBuilder<Database, 'translation_jobs'>) =>
    eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', now)])]);
}

/** Extends the lease; false when the job is no longer this worker's to run (cancelled or taken over). */
export async function renewLease(db: Db, id: number, workerId: string, leaseMs: number, now = new Date()): Promise<boolean> {
  const result = await ownedRunning(db, id, workerId)
    .set({ lease_expires_at: stamp(new Date(now.getTime() + leaseMs)), heartbeat_at: stamp(now) })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function ownedRunning(db: Db, id: number, workerId: string) {
  return db
    .updateTable('translation_jobs')
    .where('id', '=', id)
    .where('claimed_by', '=', workerId)
    .where('status', '=', 'running');
}

export interface ProgressUpdate {
  total?: number;
  done?: number;
  /** Added to the job's counts. */
  addSent?: number;
  addBilled?: number;
}

export async function recordProgress(db: Db, id: number, workerId: string, update: ProgressUpdate, now = new Date()): Promise<boolean> {
  const result = await ownedRunning(db, id, workerId)
    .set((eb) => ({
      ...(update.total !== undefined ? { total_paragraphs: update.total } : {}),
      ...(update.done !== undefined ? { done_paragraphs: update.done } : {}),
      sent_paragraphs: eb('sent_paragraphs', '+', update.addSent ?? 0),
      billed_characters: eb('billed_characters', '+', update.addBilled ?? 0),
      updated_at: stamp(now),
    }))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface JobOutcome {
  status: 'done' | 'failed' | 'queued';
  error?: { code: string; message: string } | null;
  /** For 'queued': not to be claimed before this time. */
  runAfter?: Date;
}

/** Ends this worker's run of the job: finished, failed, or back in the queue (to retry later or for another worker). */
export async function settleJob(db: Db, id: number, workerId: string, outcome: JobOutcome, now = new Date()): Promise<boolean> {
  const finished = outcome.status !== 'queued';
  const result = await ownedRunning(db, id, workerId)
    .set({
      status: outcome.status,
      ...(outcome.error !== undefined
        ? { error_code: outcome.error?.code ?? null, error_message: outcome.error?.message ?? null }
        : {}),
      run_after: outcome.runAfter ? stamp(outcome.runAfter) : null,
      claimed_by: null,
      lease_expires_at: null,
      finished_at: finished ? stamp(now) : null,
      updated_at: stamp(now),
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stops a queued or running job; the worker running it notices at its next heartbeat or progress write. */
export async function cancelJob(db: Db, id: number, now = new Date()): Promise<TranslationJob | undefined> {
  return db
    .updateTable('translation_jobs')
    .set({ status: 'cancelled', claimed_by: null, lease_expires_at: null, finished_at: stamp(now), updated_at: stamp(now) })
    .where('id', '=', id)
    .where('status', 'in', ACTIVE_STATUSES)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Puts a failed or cancelled job back in the queue. Returns the job now
 * active for its document: this one, or another one queued meanwhile.
 */
export async function resumeJob(db: Db, id: number, now = new Date()): Promise<TranslationJob | undefined> {
  const job = await getJob(db, id);
  if (!job) return undefined;
  const active = await activeJobForDocument(db, job.document_id);
  if (active?.id === id && active.status === 'queued') {
    return db.updateTable('translation_jobs').set({ run_after: null }).where('id', '=', id).returningAll().executeTakeFirst();
  }
  if (active) return active;
  try {
    return await db
      .updateTable('translation_jobs')
      .set({ status: 'queued', attempts: 0, run_after: null, error_code: null, error_message: null, finished_at: null, updated_at: stamp(now) })
      .where('id', '=', id)
      .where('status', 'in', ['failed', 'cancelled'])
      .returningAll()
      .executeTakeFirst();
  } catch (error) {
    const raced = await activeJobForDocument(db, job.document_id);
    if (raced) return raced;
    throw error;
  }
}
