import { DEFAULT_MIGRATION_TABLE, type Kysely } from 'kysely';
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
