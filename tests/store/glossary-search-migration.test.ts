import fs from 'node:fs';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite, type Db } from '../../src/store/database';
import { listTerms } from '../../src/store/glossary';
import * as m001 from '../../src/store/migrations/001_documents';
import * as m002 from '../../src/store/migrations/002_glossary';
import { makeDataDir } from '../support/app';

describe('migration 008 on a library that already has terms', () => {
  let dir: string;
  let db: Db | undefined;
  afterEach(async () => {
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('makes the equivalents of stored terms searchable as text', async () => {
    dir = makeDataDir();
    db = openSqlite(path.join(dir, 'old.sqlite'));
    const first = new Migrator({ db, provider: { getMigrations: async () => ({ '001_documents': m001, '002_glossary': m002 }) } });
    expect((await first.migrateToLatest()).error).toBeUndefined();
    const stamp = '2026-01-01T00:00:00.000Z';
    // A row as the glossary's first schema had it, written directly.
    const row = { source: 'pasukan', source_key: 'pasukan', targets_json: '["Troops","forces"]', created_at: stamp, updated_at: stamp };
    await db.insertInto('glossary_terms').values(row as never).execute();

    await migrateToLatest(db);

    expect((await listTerms(db, { q: 'troops' })).map((t) => t.source)).toEqual(['pasukan']);
    expect(await listTerms(db, { q: '"' })).toEqual([]);
  });
});
