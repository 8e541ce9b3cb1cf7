import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openLibrary, type Library } from '../../src/library';
import { makeTestDatabase, testDialect, testEnv, type TestDatabase } from '../support/database';

const ROWS = 2_000;
const VALUE = 'x'.repeat(2_000);

/** About 4 MB in one transaction: past SQLite's own checkpoint threshold of 1,000 pages. */
async function writeMuch(library: Library): Promise<void> {
  await library.db.transaction().execute(async (trx) => {
    for (let i = 0; i < ROWS; i += 100) {
      await trx
        .insertInto('app_meta')
        .values(Array.from({ length: 100 }, (_, k) => ({ key: `bulk-${i + k}`, value: VALUE })))
        .execute();
    }
  });
}

/** The writer's setting: a statement in a transaction runs on the writing connection. */
const writerAutocheckpoint = (library: Library) =>
  library.db.transaction().execute(async (trx) => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(trx)).rows[0]!.wal_autocheckpoint);

describe.skipIf(testDialect() !== 'sqlite')('a server’s SQLite checkpoints', () => {
  let database: TestDatabase;
  let library: Library | undefined;
  afterEach(async () => {
    await library?.close();
    await database.drop();
  });

  it('are made by a thread of their own, never by the commit on the event loop', async () => {
    database = await makeTestDatabase('sqlite');
    library = await openLibrary(loadConfig(testEnv(database)), { housekeeping: true });
    const file = path.join(database.dataDir, 'sejajar.sqlite');
    expect(fs.existsSync(file)).toBe(true);
    expect(await writerAutocheckpoint(library)).toBe(0);
    const before = fs.statSync(file).size;
    await writeMuch(library);
    // Committed, and still only in the log: the writer did not copy it back.
    expect(fs.statSync(file).size - before).toBeLessThan(ROWS * VALUE.length / 2);
    // Within a few of the thread's seconds, the database file holds it.
    await expect.poll(() => fs.statSync(file).size - before, { timeout: 10_000, interval: 100 }).toBeGreaterThanOrEqual(ROWS * VALUE.length);
  });

  it('stay the writer’s own in commands that run briefly', async () => {
    database = await makeTestDatabase('sqlite');
    const brief = await openLibrary(loadConfig(testEnv(database)));
    try {
      expect(await writerAutocheckpoint(brief)).toBe(1000);
    } finally {
      await brief.close();
    }
  });
});
