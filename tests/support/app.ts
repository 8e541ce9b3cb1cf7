import type { Express } from 'express';
import type { Compute } from '../../src/compute/compute';
import { loadConfig, type Config } from '../../src/config';
import { seedIfEmpty } from '../../src/import/seed';
import { openLibrary, type Library } from '../../src/library';
import type { Db } from '../../src/store/database';
import type { DialectName } from '../../src/store/dialect';
import type { TranslationSetup } from '../../src/machine-translation/setup';
import { createApp } from '../../src/web/app';
import { makeTestDatabase, testEnv, type TestDatabase } from './database';

export { makeDataDir, testEnv } from './database';

export interface TestContext {
  app: Express;
  db: Db;
  config: Config;
  /** Machine translation as the server sets it up; its job runner is not started. */
  translation: TranslationSetup;
  /** The library's worker threads, as the server has them. */
  compute: Compute;
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
  return loadConfig({ ...testEnv(database), ...env });
}

/** One app instance with its own connection(s) to an existing test database, opened as the server opens its library. */
export async function openTestApp(database: TestDatabase, options: TestAppOptions = {}): Promise<{ app: Express; library: Library } & Pick<Library, 'db' | 'config' | 'translation'>> {
  const library = await openLibrary(testConfig(database, options.env));
  try {
    if (options.seed) await seedIfEmpty(library.db, library.config.seedsDir, library.config);
    return { app: await createApp(library), library, db: library.db, config: library.config, translation: library.translation };
  } catch (err) {
    await library.close();
    throw err;
  }
}

/**
 * A fresh library as a new installation would have: a real SQLite file in a
 * temporary folder, or a new PostgreSQL schema in the PostgreSQL test pass.
 */
export async function makeTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const database = await makeTestDatabase();
  const { app, library } = await openTestApp(database, options).catch(async (err: unknown) => {
    await database.drop();
    throw err;
  });
  return {
    app,
    db: library.db,
    config: library.config,
    translation: library.translation,
    compute: library.compute,
    dataDir: database.dataDir,
    dialect: database.dialect,
    async close() {
      await library.close();
      await database.drop();
    },
  };
}
