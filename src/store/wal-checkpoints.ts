import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * SQLite in WAL mode copies the log back into the database file (a checkpoint) at the end of the
 * commit that takes the log past 1,000 pages, on the connection that commits: in a server that is
 * the event loop. After a long import (a 20,000-paragraph document writes some 11 MB of log) that
 * commit held the loop 40–100 ms while readers waited. A server's writer therefore never checkpoints;
 * a thread of its own, on a connection of its own, does so every second. Its checkpoints are PASSIVE:
 * they copy what no reader still needs and never wait for a reader or the writer, so nothing on the
 * loop ever waits for them. Commands that run briefly keep SQLite's own checkpoints (a connection that
 * closes last checkpoints too).
 */
const EVERY_MS = 1000;

/** SQLite's default, given back to the writer when the thread cannot run. */
const AUTOCHECKPOINT_PAGES = 1000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    // Another connection checkpointing or changing the schema at that moment: next time.
    if (err && (err.code === 'SQLITE_BUSY' || err.code === 'SQLITE_LOCKED')) return;
    parentPort.postMessage(String(err && err.message || err));
  }
};
setInterval(checkpoint, workerData.everyMs);
`;

export interface BackgroundCheckpoints {
  /** Ends the thread; the writer checkpoints for itself again (and when it closes). */
  stop(): Promise<void>;
}

/** The writing connection and file of each SQLite database opened by dialect.ts. */
const writers = new WeakMap<object, { writer: SQLite.Database; file: string }>();

export function registerWriter(db: object, writer: SQLite.Database, file: string): void {
  writers.set(db, { writer, file });
}

/**
 * Moves a SQLite database's checkpoints to a thread of their own (see above); on PostgreSQL, or a
 * database in memory, there is nothing to do. `onError` hears why the thread stopped, if it does:
 * the writer then checkpoints as SQLite does by default.
 */
export function startBackgroundCheckpoints(db: object, onError: (message: string) => void = () => {}): BackgroundCheckpoints | undefined {
  const found = writers.get(db);
  if (!found) return undefined;
  const { writer, file } = found;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs: EVERY_MS }, resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 } });
  writer.pragma('wal_autocheckpoint = 0');
  let stopped = false;
  const fallBack = (message: string) => {
    if (stopped) return;
    stopped = true;
    writer.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    void worker.terminate();
    onError(message);
  };
  worker.on('message', (message: string) => fallBack(message));
  worker.on('error', (err) => fallBack(err.message));
  worker.on('exit', (code) => fallBack(`the checkpoint thread ended (${code})`));
  worker.unref();
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      writer.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      await worker.terminate();
    },
  };
}
