import type { Compute } from '../compute/compute';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { isTranslationError } from '../core/machine-translation/errors';
import type { PlanOptions } from '../core/machine-translation/planner';
import type { Translator } from '../core/machine-translation/types';
import type { Db } from '../store/database';
import { silentLogger, type Logger } from '../operations/logger';
import { claimJob, renewLease, settleJob, type JobOutcome, type TranslationJob } from '../store/jobs';
import { noApprovedTerms, type ApprovedTermsProvider } from './approved-terms';
import { JobError, JobLostError, notConfigured, RunnerStoppedError } from './job-errors';
import { translateDocumentJob, type Progress } from './translate-document';

export interface RunnerOptions {
  db: Db;
  /** null when DeepL is not configured: jobs then fail with a message saying how to configure it. */
  translator: Translator | null;
  approvedTerms?: ApprovedTermsProvider;
  /** Where the English side is aligned again when machine output is written; the calling thread when absent. */
  compute?: Compute;
  workerId?: string;
  /** How often a started runner looks for queued jobs; enqueueing also kicks it. */
  pollMs?: number;
  leaseMs?: number;
  heartbeatMs?: number;
  /** Requests in flight at once for one job. */
  concurrency?: number;
  plan?: PlanOptions;
  applyEveryMs?: number;
  /** Passing failures (rate limit, server, network, timeout) are retried this many times in all, with growing delay. */
  retry?: { attempts: number; delayMs: number };
  /** Claim with FOR UPDATE SKIP LOCKED (PostgreSQL). */
  skipLocked?: boolean;
  /** Where each step of a job is logged: claimed, each paragraph stored (debug), and how it ended. */
  logger?: Logger;
}

const DEFAULTS = {
  pollMs: 3_000,
  leaseMs: 60_000,
  heartbeatMs: 15_000,
  concurrency: 2,
  applyEveryMs: 1_000,
  retry: { attempts: 3, delayMs: 30_000 },
};

/**
 * Runs queued translation jobs one at a time in this process. start() polls
 * the queue and kick() looks at once (after an enqueue); stop() hands a job
 * in progress back to the queue once its requests in flight have finished.
 * The lease is renewed by heartbeat while a job runs; when renewal fails
 * (the job was cancelled or taken over) the job stops at the next batch.
 */
export class TranslationJobRunner {
  readonly workerId: string;
  private readonly options: RunnerOptions & typeof DEFAULTS;
  private started = false;
  private pollTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private kickedWhileDraining = false;
  private current?: AbortController;
  private readonly log: Logger;

  constructor(options: RunnerOptions) {
    this.options = { ...DEFAULTS, ...options };
    this.workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.log = (options.logger ?? silentLogger()).child({ workerId: this.workerId });
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.pollTimer = setInterval(() => this.kick(), this.options.pollMs);
    this.pollTimer.unref();
    this.kick();
  }

  /** Looks for work now, if started. */
  kick(): void {
    if (!this.started) return;
    if (this.draining) {
      this.kickedWhileDraining = true;
      return;
    }
    this.draining = this.drain()
      .catch((err: unknown) => this.log.error({ err }, 'translation runner failed'))
      .finally(() => {
        this.draining = undefined;
        if (this.kickedWhileDraining) {
          this.kickedWhileDraining = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.pollTimer);
    this.current?.abort(new RunnerStoppedError());
    await this.draining;
  }

  /** Claims the given job (if nobody runs it) and runs it here; undefined when it was not claimable. */
  async runJob(jobId: number, onProgress?: (progress: Progress) => void): Promise<TranslationJob | undefined> {
    const job = await claimJob(this.options.db, this.claimOptions(jobId));
    if (!job) return undefined;
    await this.execute(job, onProgress);
    return job;
  }

  private async drain(): Promise<void> {
    while (this.started) {
      const job = await claimJob(this.options.db, this.claimOptions());
      if (!job) return;
      await this.execute(job);
    }
  }

  private claimOptions(jobId?: number) {
    return { workerId: this.workerId, leaseMs: this.options.leaseMs, jobId, skipLocked: this.options.skipLocked };
  }

  private async execute(job: TranslationJob, onProgress?: (progress: Progress) => void): Promise<void> {
    const { db, translator } = this.options;
    const controller = new AbortController();
    this.current = controller;
    const log = this.log.child({ jobId: job.id, documentId: job.document_id });
    const started = Date.now();
    log.info({ attempt: job.attempts, total: job.total_paragraphs }, 'translation job claimed');
    const heartbeat = setInterval(() => {
      renewLease(db, job.id, this.workerId, this.options.leaseMs).then(
        (owned) => owned || controller.abort(new JobLostError()),
        (err: unknown) => log.error({ err }, 'translation lease renewal failed'),
      );
    }, this.options.heartbeatMs);
    const progress = (step: Progress) => {
      log.debug(step, 'translation job progress');
      onProgress?.(step);
    };
    try {
      if (!translator) throw notConfigured();
      await translateDocumentJob(
        {
          db,
          translator,
          approvedTerms: this.options.approvedTerms ?? noApprovedTerms,
          compute: this.options.compute,
          workerId: this.workerId,
          signal: controller.signal,
          concurrency: this.options.concurrency,
          plan: this.options.plan ?? {},
          applyEveryMs: this.options.applyEveryMs,
          onProgress: progress,
        },
        job,
      );
      await settleJob(db, job.id, this.workerId, { status: 'done', error: null });
      log.info({ outcome: 'done', durationMs: Date.now() - started }, 'translation job ended');
    } catch (error) {
      const outcome = this.outcomeOf(job, error);
      if (outcome) await settleJob(db, job.id, this.workerId, outcome);
      const ended = { outcome: outcome?.status ?? 'lost', errorCode: outcome?.error?.code ?? null, durationMs: Date.now() - started };
      log.info(ended, error instanceof RunnerStoppedError ? 'translation job handed back to the queue' : 'translation job ended');
    } finally {
      clearInterval(heartbeat);
      if (this.current === controller) this.current = undefined;
    }
  }

  /** What becomes of a job after `error`; undefined when the job is no longer ours to settle. */
  private outcomeOf(job: TranslationJob, error: unknown): JobOutcome | undefined {
    if (error instanceof JobLostError) return undefined;
    if (error instanceof RunnerStoppedError) return { status: 'queued' };
    if (error instanceof JobError) return { status: 'failed', error: { code: error.code, message: error.message } };
    if (isTranslationError(error)) {
      const failure = { code: error.code, message: error.message };
      const { attempts, delayMs } = this.options.retry;
      if (error.retryable && job.attempts < attempts) {
        return { status: 'queued', error: failure, runAfter: new Date(Date.now() + delayMs * 2 ** (job.attempts - 1)) };
      }
      return { status: 'failed', error: failure };
    }
    this.log.error({ err: error, jobId: job.id }, 'translation job failed on an unexpected error');
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', error: { code: 'internal', message: `Translation stopped on an unexpected error: ${message}` } };
  }
}
