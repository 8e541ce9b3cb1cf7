import { type Kysely } from 'kysely';
import type { Config } from '../config';
import { openLibrary } from '../library';
import { assertEmpty, countRows, rowsPerStatement, TargetNotEmptyError } from '../store/copy-database';
import { migrateToLatest } from '../store/database';
import { appliedMigrations } from '../store/migration-state';
import { migrations } from '../store/migrations/index';
import { listUserTables, resetIdSequences } from '../store/dialect';
import { BackupFileError, readBackup, type BackupHeader, type BackupRows } from './backup-format';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface RestoreReport {
  header: BackupHeader;
  rows: Record<string, number>;
}

/** The library to restore into holds data; nothing was written. */
export class LibraryNotEmptyError extends Error {
  constructor(filled: TargetNotEmptyError | null, newerSchema: string[] = []) {
    const found = filled
      ? `is not empty (${filled.filled.map((t) => `${t.table}: ${t.rows}`).join(', ')})`
      : `has schema changes the backup was made before (${newerSchema.join(', ')})`;
    super(
      `The library ${found}. A backup is restored only into a new, empty library: ` +
        'point DATA_DIR or DATABASE_URL at a new one, and do not start a server or run migrate on it before restoring.',
    );
    this.name = 'LibraryNotEmptyError';
  }
}

/**
 * Reads the whole backup and checks it (format, version, every row, the row
 * counts and the checksum) without writing anything; also that this Sejajar
 * knows every migration the backed-up library had run.
 */
export async function checkBackup(file: string): Promise<RestoreReport> {
  const { header, rows } = await readBackup(file);
  const unknown = header.migrations.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new BackupFileError(file, `it was made by a newer Sejajar (schema changes ${unknown.join(', ')} are unknown here); upgrade first`);
  }
  return { header, rows };
}

/**
 * Restores a backup into the empty library the settings name (SQLite or
 * PostgreSQL, whichever the backup came from). The file is checked whole
 * before the library is even opened; the rows are then loaded in one
 * transaction, read and summed again as they go, so a file that changes
 * in between is refused with nothing kept.
 */
export async function restoreLibrary(config: Config, file: string): Promise<RestoreReport> {
  const { header } = await checkBackup(file);
  const library = await openLibrary(config, { schemaUpTo: header.migrations.at(-1) });
  try {
    await refuseNewerSchema(library.db, header);
    const report = await restoreInto(library.db, file);
    // Schema changes made since the backup was taken run over its rows now.
    await migrateToLatest(library.db);
    return report;
  } finally {
    await library.close();
  }
}

/**
 * A library whose schema is already past the backup's (opened by this version
 * before the restore) would miss what the later migrations do to existing rows.
 */
async function refuseNewerSchema(db: Kysely<any>, header: BackupHeader): Promise<void> {
  const ahead = (await appliedMigrations(db)).filter((name) => !header.migrations.includes(name));
  if (ahead.length > 0) throw new LibraryNotEmptyError(null, ahead);
}

async function restoreInto(db: Kysely<any>, file: string): Promise<RestoreReport> {
  await refuseFilled(db);
  const targetColumns = new Map((await listUserTables(db)).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  return db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: a server may have started on the library meanwhile.
    await refuseFilled(trx);
    const checked = new Set<string>();
    const load = async ({ table, rows }: BackupRows) => {
      if (!checked.has(table.name)) {
        assertColumns(targetColumns, table.name, table.columns);
        checked.add(table.name);
      }
      const objects = rows.map((values) => Object.fromEntries(table.columns.map((c, i) => [c, values[i]])));
      const size = rowsPerStatement(table.columns.length, objects.length);
      for (let start = 0; start < objects.length; start += size) {
        await trx.insertInto(table.name).values(objects.slice(start, start + size)).execute();
      }
    };
    const restored = await readBackup(file, load);
    for (const [table, expected] of Object.entries(restored.rows)) {
      const actual = await countRows(trx, table);
      if (actual !== expected) throw new Error(`After restoring, ${table} holds ${actual} rows instead of ${expected}. Nothing was kept.`);
    }
    await resetIdSequences(trx);
    return restored;
  });
}

async function refuseFilled(db: Kysely<any>): Promise<void> {
  try {
    await assertEmpty(db);
  } catch (err) {
    throw err instanceof TargetNotEmptyError ? new LibraryNotEmptyError(err) : err;
  }
}

function assertColumns(target: Map<string, Set<string>>, table: string, columns: string[]): void {
  const known = target.get(table);
  const missing = known ? columns.filter((c) => !known.has(c)) : columns;
  if (!known || missing.length > 0) {
    throw new Error(`The library has no ${known ? `column ${missing.join(', ')} in ` : ''}table "${table}"; is it from an older Sejajar?`);
  }
}
