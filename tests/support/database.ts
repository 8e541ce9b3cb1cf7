import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { openLibrary, type Library } from '../../src/library';
import type { Db } from '../../src/store/database';
import type { DatabaseLocation, DialectName } from '../../src/store/dialect';

/*
 * The store, web and import suites run once on SQLite and, when TEST_DATABASE_URL is
 * set, once more with SEJAJAR_TEST_DIALECT=postgres. Each test database on
 * PostgreSQL is a fresh schema with a random name, dropped again on close.
 */

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The database this test run uses for the library. */
export function testDialect(): DialectName {
  if (process.env.SEJAJAR_TEST_DIALECT !== 'postgres') return 'sqlite';
  if (!testDatabaseUrl()) throw new Error('SEJAJAR_TEST_DIALECT=postgres needs TEST_DATABASE_URL');
  return 'postgres';
}

/** A fresh data folder, as a new installation would have. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-test-'));
}

/** An empty database (not yet migrated) and the data folder next to it. */
export interface TestDatabase {
  dialect: DialectName;
  location: DatabaseLocation;
  /** DATABASE_URL for a server using this database; undefined for SQLite (it uses DATA_DIR). */
  databaseUrl: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
}

export async function makeTestDatabase(dialect: DialectName = testDialect()): Promise<TestDatabase> {
  const dataDir = makeDataDir();
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    const location: DatabaseLocation = { dialect, file: path.join(dataDir, 'sejajar.sqlite') };
    return { dialect, location, databaseUrl: undefined, dataDir, drop: async () => removeDir() };
  }
  const adminUrl = testDatabaseUrl();
  if (!adminUrl) throw new Error('A PostgreSQL test database needs TEST_DATABASE_URL');
  const schema = `${testSchemaPrefix()}${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create schema ${schema}`);
  const url = withSearchPath(adminUrl, schema);
  return {
    dialect,
    location: { dialect, url, poolSize: 4 },
    databaseUrl: url,
    dataDir,
    async drop() {
      await adminQuery(adminUrl, `drop schema if exists ${schema} cascade`);
      removeDir();
    },
  };
}

/**
 * Test schemas start with the id of the test run (set by tests/run-postgres.ts),
 * so that the run can drop whatever a crashed test left behind, and only that.
 */
export function testSchemaPrefix(run = process.env.SEJAJAR_TEST_RUN || 'adhoc'): string {
  return `sejajar_test_${run}_`;
}

/** The URL with every connection's search_path set to one schema. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema} -c synchronous_commit=off`);
  return parsed.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * The environment of a server or command on this test database: DATA_DIR,
 * and DATABASE_URL in the PostgreSQL pass. Cheap password hashing keeps
 * sign-in fast in tests; production uses the default cost.
 */
export function testEnv(database: TestDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl ?? '', SCRYPT_COST: '10' };
  // Test files run two at a time on two cores: a worker below them in priority would wait for the other file's work.
  env.WORKER_NICE = '0';
  // Every test opens its own connections to the one test server; a few each are enough.
  if (database.location.dialect === 'postgres') env.DATABASE_POOL_SIZE = String(database.location.poolSize ?? 4);
  return env;
}

export interface TestDb {
  db: Db;
  dialect: DialectName;
  database: TestDatabase;
  library: Library;
  close(): Promise<void>;
}

/** A migrated, empty library database for store tests, opened as the server opens its library. */
export async function makeTestDb(dialect: DialectName = testDialect()): Promise<TestDb> {
  const database = await makeTestDatabase(dialect);
  const library = await openLibrary(loadConfig(testEnv(database))).catch(async (err: unknown) => {
    await database.drop();
    throw err;
  });
  return {
    db: library.db,
    dialect,
    database,
    library,
    async close() {
      await library.close();
      await database.drop();
    },
  };
}
