import type { Express } from 'express';
import type { Config } from '../../src/config';
import type { Db } from '../../src/store/database';
import type { DialectName } from '../../src/store/dialect';
import { openTestApp, type TestAppOptions } from './app';
import { makeTestDatabase, type TestDatabase } from './database';

/*
 * Several app instances on one library, each with its own connection pool, as
 * when several servers run behind a proxy. Nothing is shared between them but
 * the database, so anything an instance keeps only in memory shows up here as
 * a failure. For instances as separate processes (to kill one mid-request),
 * see server-process.ts.
 */

export interface TestInstance {
  app: Express;
  db: Db;
  config: Config;
}

export interface TestInstances {
  instances: TestInstance[];
  database: TestDatabase;
  dialect: DialectName;
  close(): Promise<void>;
}

export async function makeTestInstances(count = 2, options: TestAppOptions = {}): Promise<TestInstances> {
  const database = await makeTestDatabase();
  const instances: TestInstance[] = [];
  try {
    for (let i = 0; i < count; i++) instances.push(await openTestApp(database, options));
  } catch (err) {
    await Promise.all(instances.map((i) => i.db.destroy()));
    await database.drop();
    throw err;
  }
  return {
    instances,
    database,
    dialect: database.dialect,
    async close() {
      await Promise.all(instances.map((i) => i.db.destroy()));
      await database.drop();
    },
  };
}
