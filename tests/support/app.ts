import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { loadConfig, type Config } from '../../src/config';
import { seedIfEmpty } from '../../src/import/seed';
import { openDatabase, type Db } from '../../src/store/database';
import { createApp } from '../../src/web/app';

export interface TestContext {
  app: Express;
  db: Db;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh data folder with a real SQLite file, as a new installation would have. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-test-'));
}

export async function makeTestApp(options: { seed?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestContext> {
  const dataDir = makeDataDir();
  // Cheap password hashing keeps sign-in fast in tests; production uses the default cost.
  const config = loadConfig({ DATA_DIR: dataDir, SCRYPT_COST: '10', ...options.env });
  const db = await openDatabase(config.databaseFile);
  if (options.seed) await seedIfEmpty(db, config.seedsDir, config);
  const app = await createApp({ db, config });
  return {
    app,
    db,
    config,
    dataDir,
    async close() {
      await db.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
