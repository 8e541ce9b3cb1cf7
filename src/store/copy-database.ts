import type { Kysely } from 'kysely';
import { migrateToLatest } from './database';
import { listForeignKeys, listUserTables, primaryKeyColumns, resetIdSequences, snapshotTransaction } from './dialect';
import { orderByForeignKeys } from './table-order';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface TableCopy {
  table: string;
  rows: number;
}

export interface CopyReport {
  tables: TableCopy[];
}

/** The target already holds data; nothing was written. */
export class TargetNotEmptyError extends Error {
  constructor(readonly filled: TableCopy[]) {
    const list = filled.map((t) => `${t.table}: ${t.rows} row${t.rows === 1 ? '' : 's'}`).join(', ');
    super(
      `The target database is not empty (${list}). copy-db writes only into an empty database: ` +
        'create a new database (or schema) for the copy and do not start a server on it before copying.',
    );
    this.name = 'TargetNotEmptyError';
  }
}

export interface CopyOptions {
  /** Most rows read and written per statement; lowered for wide tables. */
  batchSize?: number;
  /** Called after each table is copied, for progress output. */
  onTable?: (copy: TableCopy) => void;
}

// Both databases limit bound values per statement (SQLite 32766, PostgreSQL 65535).
const MAX_VALUES_PER_STATEMENT = 30_000;

/** Rows per INSERT for a table of this many columns, within both databases' limit on bound values. */
export function rowsPerStatement(columns: number, batchSize: number): number {
  return Math.max(1, Math.min(batchSize, Math.floor(MAX_VALUES_PER_STATEMENT / columns)));
}

/** Every user table, parents before children: the order a whole library is copied, dumped and loaded in. */
export async function tablesInCopyOrder(db: Kysely<any>): Promise<string[]> {
  const tables = (await listUserTables(db)).map((t) => t.name);
  return orderByForeignKeys(tables, await listForeignKeys(db, tables));
}

/**
 * Copies a whole library: every user table of the source, parents before
 * children, ids kept, in one transaction on the target. The target must be
 * empty; both are migrated to the latest schema first, so tables added by any
 * migration are copied without changes here.
 */
export async function copyDatabase(source: Kysely<any>, target: Kysely<any>, options: CopyOptions = {}): Promise<CopyReport> {
  await assertEmpty(target);
  await migrateToLatest(source);
  await migrateToLatest(target);

  const order = await tablesInCopyOrder(source);
  const targetColumns = new Map((await listUserTables(target)).map((t) => [t.name, t.columns.map((c) => c.name)]));

  // The source is read inside a transaction too, so that every batch and the
  // final counts see one snapshot even if a server still writes to it.
  return snapshotTransaction(source).execute((snapshot) =>
    target.transaction().execute(async (trx) => {
      // Checked again inside the transaction: a server may have started on the target meanwhile.
      await assertEmpty(trx);
      const copies: TableCopy[] = [];
      for (const table of order) {
        const columns = targetColumns.get(table);
        if (!columns) throw new Error(`The target has no table "${table}"; are both databases from the same Sejajar version?`);
        const rows = await copyTable(snapshot, trx, table, columns, options.batchSize ?? 1000);
        copies.push({ table, rows });
        options.onTable?.({ table, rows });
      }
      await verifyCounts(snapshot, trx, copies);
      await resetIdSequences(trx);
      return { tables: copies };
    }),
  );
}

async function copyTable(source: Kysely<any>, target: Kysely<any>, table: string, columns: string[], batchSize: number) {
  let copied = 0;
  for await (const batch of readTable(source, table, columns, rowsPerStatement(columns.length, batchSize))) {
    await target.insertInto(table).values(batch).execute();
    copied += batch.length;
  }
  return copied;
}

/** Reads a whole table in primary-key order (all columns when it has no key), a batch at a time. */
export async function* readTable(db: Kysely<any>, table: string, columns: string[], size: number) {
  const key = await primaryKeyColumns(db, table);
  yield* readBatches(db, table, columns, key.length > 0 ? key : columns, size);
}

/**
 * Reads a table in key order, a batch at a time, so memory stays flat for big
 * libraries. A single-column key is followed from batch to batch (each read
 * starts after the last key seen); other tables are paged by offset.
 */
async function* readBatches(db: Kysely<any>, table: string, columns: string[], orderBy: string[], size: number) {
  const [key] = orderBy;
  const keyed = orderBy.length === 1 && columns.includes(key);
  let after: unknown = undefined;
  for (let offset = 0; ; offset += size) {
    let query = db.selectFrom(table).select(columns);
    for (const column of orderBy) query = query.orderBy(column);
    if (keyed && after !== undefined) query = query.where(key, '>', after);
    const batch = await (keyed ? query.limit(size) : query.limit(size).offset(offset)).execute();
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
    after = batch[batch.length - 1][key];
  }
}

export async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every user table with at least one row. */
async function filledTables(db: Kysely<any>): Promise<TableCopy[]> {
  const filled: TableCopy[] = [];
  for (const { name } of await listUserTables(db)) {
    const rows = await countRows(db, name);
    if (rows > 0) filled.push({ table: name, rows });
  }
  return filled;
}

export async function assertEmpty(db: Kysely<any>): Promise<void> {
  const filled = await filledTables(db);
  if (filled.length > 0) throw new TargetNotEmptyError(filled);
}

async function verifyCounts(source: Kysely<any>, target: Kysely<any>, copies: TableCopy[]): Promise<void> {
  for (const { table } of copies) {
    const [expected, actual] = [await countRows(source, table), await countRows(target, table)];
    if (expected !== actual) {
      throw new Error(`Row counts differ after copying "${table}": ${expected} in the source, ${actual} in the target. Nothing was kept.`);
    }
  }
}
