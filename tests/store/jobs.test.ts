import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openSqlite, type Db } from '../../src/store/database';
import { insertDocument } from '../../src/store/documents';
import {
  cancelJob,
  claimJob,
  enqueueJob,
  getJob,
  recordProgress,
  renewLease,
  resumeJob,
  settleJob,
} from '../../src/store/jobs';
import { makeDataDir } from '../support/app';
import { makeTestDatabase } from '../support/database';

const LEASE = 60_000;
const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, seconds));

describe('translation job store', () => {
  let dir: string;
  let db: Db;
  let documentId: number;

  beforeEach(async () => {
    dir = makeDataDir();
    db = await openDatabase(path.join(dir, 'jobs.sqlite'));
    documentId = await insertDocument(db, {
      title: 'Uji',
      source: [{ text: 'Satu.', sentences: ['Satu.'] }],
      translation: [],
      translationOrigin: 'machine',
      paragraphLinks: [],
      sentenceLinks: [],
    });
  });
  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const enqueue = (now = at(0)) => enqueueJob(db, { documentId, targetLang: 'en-US', force: false, totalParagraphs: 1 }, now);

  it('keeps one active job per document', async () => {
    const first = await enqueue();
    const second = await enqueue();
    expect(first.created).toBe(true);
    expect(second).toEqual({ job: first.job, created: false });
    await cancelJob(db, first.job.id);
    expect((await enqueue()).created).toBe(true);
  });

  it('gives a job to one worker only, and to another once the lease expired', async () => {
    const { job } = await enqueue();
    // A second connection to the same file stands for a second app instance.
    const second = openSqlite(path.join(dir, 'jobs.sqlite'));
    const a = await claimJob(db, { workerId: 'a', leaseMs: LEASE, now: at(1) });
    const b = await claimJob(second, { workerId: 'b', leaseMs: LEASE, now: at(1) });
    await second.destroy();
    const winners = [a, b].filter(Boolean);
    expect(winners).toHaveLength(1);
    const owner = winners[0]!.claimed_by!;
    const other = owner === 'a' ? 'b' : 'a';
    expect(winners[0]).toMatchObject({ id: job.id, status: 'running', attempts: 1 });

    expect(await claimJob(db, { workerId: other, leaseMs: LEASE, now: at(30) })).toBeUndefined();
    expect(await renewLease(db, job.id, owner, LEASE, at(50))).toBe(true);
    expect(await claimJob(db, { workerId: other, leaseMs: LEASE, now: at(100) })).toBeUndefined();

    // The owner stops renewing: after its lease ends, the other worker takes over.
    const taken = await claimJob(db, { workerId: other, leaseMs: LEASE, now: at(50 + 61) });
    expect(taken).toMatchObject({ id: job.id, claimed_by: other, attempts: 2 });
    expect(await renewLease(db, job.id, owner, LEASE, at(112))).toBe(false);
    expect(await recordProgress(db, job.id, owner, { done: 1 })).toBe(false);
    expect(await settleJob(db, job.id, owner, { status: 'done', error: null })).toBe(false);
    expect(await recordProgress(db, job.id, other, { done: 1, addBilled: 5, addSent: 1 })).toBe(true);
    expect(await settleJob(db, job.id, other, { status: 'done', error: null })).toBe(true);
    expect(await getJob(db, job.id)).toMatchObject({ status: 'done', done_paragraphs: 1, billed_characters: 5, claimed_by: null });
  });

  it('does not claim a job waiting to retry before its time, except by id', async () => {
    const { job } = await enqueue();
    await claimJob(db, { workerId: 'a', leaseMs: LEASE, now: at(1) });
    await settleJob(db, job.id, 'a', { status: 'queued', error: { code: 'server', message: 'x' }, runAfter: at(40) });
    expect(await claimJob(db, { workerId: 'b', leaseMs: LEASE, now: at(20) })).toBeUndefined();
    expect(await claimJob(db, { workerId: 'b', leaseMs: LEASE, now: at(41) })).toMatchObject({ id: job.id });
    await settleJob(db, job.id, 'b', { status: 'queued', error: { code: 'server', message: 'x' }, runAfter: at(3600) });
    expect(await claimJob(db, { workerId: 'c', leaseMs: LEASE, now: at(42), jobId: job.id })).toMatchObject({ claimed_by: 'c' });
  });

  it('stops the worker of a cancelled job and resumes it on request', async () => {
    const { job } = await enqueue();
    await claimJob(db, { workerId: 'a', leaseMs: LEASE, now: at(1) });
    await cancelJob(db, job.id, at(2));
    expect(await renewLease(db, job.id, 'a', LEASE, at(3))).toBe(false);
    expect(await recordProgress(db, job.id, 'a', { done: 1 })).toBe(false);
    const resumed = await resumeJob(db, job.id, at(4));
    expect(resumed).toMatchObject({ id: job.id, status: 'queued', attempts: 0, error_code: null });
    expect(await claimJob(db, { workerId: 'b', leaseMs: LEASE, now: at(5) })).toMatchObject({ id: job.id });
  });
});

describe('claiming from several processes at once', () => {
  it('gives every job to exactly one process', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const run = promisify(execFile);
    // The test pass's database: a shared SQLite file, or one PostgreSQL schema.
    const database = await makeTestDatabase();
    const location = database.location.dialect === 'postgres' ? database.location.url : database.location.file;
    const db = await openDatabase(database.location);
    const jobs = 20;
    for (let i = 0; i < jobs; i++) {
      const documentId = await insertDocument(db, {
        title: `Uji ${i}`,
        source: [{ text: 'Satu.', sentences: ['Satu.'] }],
        translation: [],
        translationOrigin: 'machine',
        paragraphLinks: [],
        sentenceLinks: [],
      });
      await enqueueJob(db, { documentId, targetLang: 'en-US', force: false, totalParagraphs: 1 });
    }
    await db.destroy();
    const worker = path.resolve(import.meta.dirname, '../support/claim-worker.ts');
    const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    try {
      const outputs = await Promise.all(['w1', 'w2'].map((id) => run(tsx, [worker, location, id])));
      const claimed = outputs.flatMap((o) => JSON.parse(o.stdout) as number[]);
      expect(claimed.sort((a, b) => a - b)).toEqual(Array.from({ length: jobs }, (_, i) => i + 1));
    } finally {
      await database.drop();
    }
    // Two processes that each load TypeScript through tsx: slow on a busy machine.
  }, 90_000);
});
