import { Migrator, type Kysely } from 'kysely';
import type { Database } from './schema';
import { createKysely, currentSchema, parseLocation, withMigrationLock, type DatabaseLocation } from './dialect';
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

/** Brings the schema up to date; safe when several processes start at once (see withMigrationLock). */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  // Kysely's bookkeeping tables live in the library's own schema, next to its tables.
  const migrationTableSchema = await currentSchema(db);
  // A migration numbered between two already run (012 after 013 was released) still runs, after them: each is independent of the later ones.
  const migrator = new Migrator({ db, migrationTableSchema, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { results } = await withMigrationLock(db, async () => {
    const outcome = await migrator.migrateToLatest();
    const failed = outcome.results?.find((r) => r.status === 'Error');
    if (outcome.error || failed) {
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error ?? '');
      throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
    }
    return outcome;
  });
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
