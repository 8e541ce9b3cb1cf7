import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKysely } from '../../src/store/dialect';

interface Db {
  notes: { id: number; text: string };
}

/** A promise and the function that settles it, to hold a transaction open for as long as a test needs. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('SQLite reads beside a long write transaction', () => {
  let dir: string;
  let db: Kysely<Db>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sejajar-reader-'));
    db = createKysely<Db>({ dialect: 'sqlite', file: path.join(dir, 'library.sqlite') });
    await db.schema.createTable('notes').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('text', 'text').execute();
    await db.insertInto('notes').values({ id: 1, text: 'before' }).execute();
  });
  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a read while a transaction holds the writing connection, with what was committed', async () => {
    const hold = gate();
    const inserted = gate();
    const writing = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 2, text: 'uncommitted' }).execute();
      inserted.open();
      await hold.opened;
    });
    await inserted.opened;
    const during = await db.selectFrom('notes').select('text').orderBy('id').execute();
    expect(during.map((r) => r.text)).toEqual(['before']);
    hold.open();
    await writing;
    const after = await db.selectFrom('notes').select('text').orderBy('id').execute();
    expect(after.map((r) => r.text)).toEqual(['before', 'uncommitted']);
  });

  it('reads inside a transaction through the transaction, seeing its own writes', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 3, text: 'own' }).execute();
      expect((await trx.selectFrom('notes').select('id').execute()).length).toBe(2);
    });
  });

  it('sends reads to the writing connection while a transaction begun in raw SQL is open (migrations)', async () => {
    await sql`begin immediate`.execute(db);
    await db.schema.createTable('fresh').addColumn('id', 'integer').execute();
    const rows = await sql<{ name: string }>`select name from sqlite_master where name = 'fresh'`.execute(db);
    expect(rows.rows).toHaveLength(1);
    expect(await (db as unknown as Kysely<{ fresh: { id: number } }>).selectFrom('fresh').selectAll().execute()).toEqual([]);
    await sql`commit`.execute(db);
  });

  it('keeps writes off the reading connection', async () => {
    await db.updateTable('notes').set({ text: 'changed' }).where('id', '=', 1).execute();
    const inserted = await db.insertInto('notes').values({ id: 4, text: 'returned' }).returning('id').executeTakeFirstOrThrow();
    expect(inserted.id).toBe(4);
    expect((await db.selectFrom('notes').select('text').where('id', '=', 1).executeTakeFirstOrThrow()).text).toBe('changed');
  });
});
