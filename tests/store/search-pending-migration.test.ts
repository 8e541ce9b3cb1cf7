import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

describe('migration 016: short pending lists for the full-text indexes', () => {
  let test: TestDb | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it.runIf(testDialect() === 'postgres')('limits both GIN indexes to a 256 kB pending list', async () => {
    test = await makeTestDb();
    const { rows } = await sql<{ name: string; options: string[] | null }>`
      select c.relname as name, c.reloptions as options from pg_class c
      where c.relname in ('sentences_search', 'memory_pairs_search') and c.relnamespace = current_schema()::regnamespace
      order by c.relname`.execute(test.db);
    expect(rows).toEqual([
      { name: 'memory_pairs_search', options: ['gin_pending_list_limit=256'] },
      { name: 'sentences_search', options: ['gin_pending_list_limit=256'] },
    ]);
  });
});
