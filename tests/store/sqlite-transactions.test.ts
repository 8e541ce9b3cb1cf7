import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKysely } from '../../src/store/dialect';
import { testDialect } from '../support/database';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Two processes on one SQLite library: a transaction that reads and then writes must not be
 * refused because the other process wrote in between. Here the other process is a second
 * connection that does not wait for locks, so whoever holds the write lock shows at once.
 */
describe.runIf(testDialect() === 'sqlite')('SQLite transactions between two connections', () => {
  let dir: string;
  let db: Kysely<any>;
  let other: SQLite.Database;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-transactions-'));
    const file = path.join(dir, 'library.sqlite');
    db = createKysely({ dialect: 'sqlite', file });
    await sql`CREATE TABLE counter (n INTEGER NOT NULL)`.execute(db);
    await sql`INSERT INTO counter (n) VALUES (0)`.execute(db);
    other = new SQLite(file, { timeout: 0 });
  });
  afterEach(async () => {
    other.close();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hold the write lock from their start, so a read-then-write transaction cannot go stale', async () => {
    let otherWrite: unknown = null;
    await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ n: number }>`SELECT n FROM counter`.execute(trx);
      try {
        other.prepare('UPDATE counter SET n = n + 100').run();
      } catch (err) {
        otherWrite = err;
      }
      await sql`UPDATE counter SET n = ${rows[0]!.n + 1}`.execute(trx);
    });
    expect((otherWrite as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    expect(other.prepare('SELECT n FROM counter').get()).toEqual({ n: 1 });
  });

  it('leave the other connection free to read meanwhile', async () => {
    await db.transaction().execute(async (trx) => {
      await sql`UPDATE counter SET n = 5`.execute(trx);
      expect(other.prepare('SELECT n FROM counter').get()).toEqual({ n: 0 });
    });
    expect(other.prepare('SELECT n FROM counter').get()).toEqual({ n: 5 });
  });
});
