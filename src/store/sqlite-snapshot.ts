import fs from 'node:fs';
import SQLite from 'better-sqlite3';

/** Copying a whole library in one step of SQLite's backup: it reads one consistent state, however much is written meanwhile. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of a SQLite library that servers may be writing to, made
 * with SQLite's online backup (through its own connection), never by copying
 * the file: a live WAL library keeps committed pages in its -wal file, and a
 * file copy taken during a write is torn. The copy is taken in one step,
 * inside one read transaction; in WAL mode that does not block writers.
 */
export async function snapshotSqlite(sourceFile: string, copyFile: string): Promise<void> {
  if (!fs.existsSync(sourceFile)) throw new Error(`No SQLite library at ${sourceFile}.`);
  const source = new SQLite(sourceFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(copyFile, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
}
