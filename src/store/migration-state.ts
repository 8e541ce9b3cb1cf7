import { DEFAULT_MIGRATION_TABLE, Migrator, type Kysely } from 'kysely';
import type { MigrationReport } from './database';
import { currentSchema, withMigrationLock } from './dialect';
import { migrations } from './migrations/index';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The migrations the library has run, from the migrator's own table (in the library's schema). */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const rows = await db.selectFrom(DEFAULT_MIGRATION_TABLE).select('name').orderBy('name').execute();
  return rows.map((r: { name: string }) => r.name);
}

/** Migrations this version of Sejajar has that the library has not run (another server of an older version may be serving it). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const applied = new Set(await appliedMigrations(db));
  return Object.keys(migrations).filter((name) => !applied.has(name));
}

/**
 * Runs the migrations up to and including `name`, and no further: a backup
 * made before later schema changes is loaded into the schema it was made
 * with, and the later migrations then run over its rows as they would have
 * over the library's. Guarded like migrateToLatest against two processes.
 */
export async function migrateUpTo(db: Kysely<any>, name: string): Promise<MigrationReport> {
  if (!(name in migrations)) throw new Error(`Unknown schema migration "${name}".`);
  const migrator = new Migrator({ db, migrationTableSchema: await currentSchema(db), provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const order = Object.keys(migrations);
  const outcome = await withMigrationLock(db, async () => {
    // Never down: a library already past `name` stays as it is (the restore then refuses it).
    const executed = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined).map((m) => order.indexOf(m.name));
    if (Math.max(-1, ...executed) >= order.indexOf(name)) return { results: [] };
    return migrator.migrateTo(name);
  });
  const failed = outcome.results?.find((r) => r.status === 'Error');
  if (outcome.error || failed) {
    const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error ?? '');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return {
    applied: (outcome.results ?? []).filter((r) => r.status === 'Success' && r.direction === 'Up').map((r) => r.migrationName),
    total: Object.keys(migrations).length,
  };
}
