import type { Express } from 'express';
import { loadConfig, type Config } from '../../src/config';
import { seedIfEmpty } from '../../src/import/seed';
import { openDatabase, type Db } from '../../src/store/database';
import type { DialectName } from '../../src/store/dialect';
import { createApp } from '../../src/web/app';
import { makeTestDatabase, type TestDatabase } from './database';

export { makeDataDir } from './database';

export interface TestContext {
  app: Express;
  db: Db;
  config: Config;
  dataDir: string;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** The configuration a server on this test database would load. */
export function testConfig(database: TestDatabase, env: NodeJS.ProcessEnv = {}): Config {
  // Cheap password hashing keeps sign-in fast in tests; production uses the default cost.
  return loadConfig({ DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl, SCRYPT_COST: '10', ...env });
}

/** One app instance with its own connection(s) to an existing test database. */
export async function openTestApp(database: TestDatabase, options: TestAppOptions = {}) {
  const config = testConfig(database, options.env);
  const db = await openDatabase(database.location);
  try {
    if (options.seed) await seedIfEmpty(db, config.seedsDir, config);
    return { app: await createApp({ db, config }), db, config };
  } catch (err) {
    await db.destroy();
    throw err;
  }
}

/**
 * A fresh library as a new installation would have: a real SQLite file in a
 * temporary folder, or a new PostgreSQL schema in the PostgreSQL test pass.
 */
export async function makeTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const database = await makeTestDatabase();
  const { app, db, config } = await openTestApp(database, options).catch(async (err: unknown) => {
    await database.drop();
    throw err;
  });
  return {
    app,
    db,
    config,
    dataDir: database.dataDir,
    dialect: database.dialect,
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}
