import { Migrator, type Kysely } from 'kysely';
import type { Database } from './schema';
import { createKysely, currentSchema, parseLocation, type DatabaseLocation } from './dialect';
import { migrations } from './migrations/index';

export type Db = Kysely<Database>;

/** Opens (creating if needed) the SQLite file, in WAL mode with foreign keys on. */
export function openSqlite(file: string): Db {
  return createKysely<Database>({ dialect: 'sqlite', file });
}

/** What one migration run did: the names applied now, and how many there are in all. */
export interface MigrationReport {
  applied: string[];
  total: number;
}

/**
 * Brings the schema up to date. Safe to run from several instances at once:
 * Kysely holds a lock (a table lock on SQLite, an advisory lock on PostgreSQL).
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one.
  const migrationTableSchema = await currentSchema(db);
  const migrator = new Migrator({ db, migrationTableSchema, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    total: Object.keys(migrations).length,
  };
}

/**
 * Opens the database and brings its schema up to date. `location` is a SQLite
 * file path or a postgres:// URL (or an already parsed location).
 */
export async function openDatabase(location: string | DatabaseLocation): Promise<Db> {
  const db = createKysely<Database>(typeof location === 'string' ? parseLocation(location) : location);
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}
