import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { databaseLocation, type Config } from '../config';
import { openLibrary } from '../library';
import { readTable, tablesInCopyOrder } from '../store/copy-database';
import { migrateToLatest } from '../store/database';
import { appliedMigrations } from '../store/migration-state';
import { createKysely, dialectOf, listUserTables, snapshotTransaction } from '../store/dialect';
import { snapshotSqlite } from '../store/sqlite-snapshot';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupWriter, type BackupHeader } from './backup-format';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface BackupReport {
  file: string;
  source: 'sqlite' | 'postgres';
  rows: Record<string, number>;
}

const ROWS_PER_READ = 1000;

/**
 * Backs up the library the settings name into `file` (backup-format.ts),
 * while servers go on using it. SQLite: an online snapshot (sqlite-snapshot.ts)
 * beside the backup file, dumped and removed. PostgreSQL: every table read in
 * one repeatable-read transaction, so the dump is one consistent state.
 */
export async function backupLibrary(config: Config, file: string): Promise<BackupReport> {
  const target = path.resolve(file);
  if (!fs.statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`Cannot write the backup: the folder ${path.dirname(target)} does not exist.`);
  }
  const location = databaseLocation(config);
  if (location.dialect === 'postgres') {
    const library = await openLibrary(config);
    try {
      return { file: target, source: 'postgres', rows: await writeBackup(library.db, target) };
    } finally {
      await library.close();
    }
  }
  const snapshot = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.snapshot`);
  try {
    await snapshotSqlite(location.file, snapshot);
    const db = createKysely<any>({ dialect: 'sqlite', file: snapshot });
    try {
      // A library last opened by an older Sejajar is dumped at this version's schema.
      await migrateToLatest(db);
      return { file: target, source: 'sqlite', rows: await writeBackup(db, target) };
    } finally {
      await db.destroy();
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${snapshot}${suffix}`, { force: true });
  }
}

/** Writes every user table of `db`, parents first, as one snapshot, at the schema it has. */
export async function writeBackup(db: Kysely<any>, file: string): Promise<Record<string, number>> {
  return snapshotTransaction(db).execute(async (trx) => {
    const order = await tablesInCopyOrder(trx);
    const columns = new Map((await listUserTables(trx)).map((t) => [t.name, t.columns.map((c) => c.name)]));
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source: dialectOf(db),
      migrations: await appliedMigrations(trx),
      tables: order.map((name) => ({ name, columns: columns.get(name)! })),
    };
    const writer = new BackupWriter(file, header);
    try {
      await writer.start();
      for (const { name, columns: names } of header.tables) {
        for await (const batch of readTable(trx, name, names, ROWS_PER_READ)) await writer.rows(name, names, batch);
      }
      return await writer.finish();
    } catch (err) {
      await writer.abandon();
      throw err;
    }
  });
}
