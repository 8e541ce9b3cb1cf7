import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRows, ROWS_PER_STATEMENT } from '../../src/store/bulk-insert';
import { makeTestDb, type TestDb } from '../support/database';

describe('insertRows', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  it('inserts rows over several statements, values as given, and returns every row asked for', async () => {
    const count = ROWS_PER_STATEMENT * 2 + 7;
    // Text that would break a statement made by pasting values: quotes, a placeholder sign, a NUL-free oddity.
    const value = (i: number) => `it's ${i} ? $1 "x" ; --`;
    const rows = Array.from({ length: count }, (_, i) => [`bulk-${i}`, value(i)]);
    const returned = await t.db.transaction().execute((trx) => insertRows<{ key: string; value: string }>(trx, 'app_meta', ['key', 'value'], rows, ['key', 'value']));
    expect(returned).toHaveLength(count);
    expect(new Map(returned.map((r) => [r.key, r.value]))).toEqual(new Map(rows.map(([k, v]) => [k, v])));
    const stored = await t.db.selectFrom('app_meta').select(['key', 'value']).where('key', 'like', 'bulk-%').execute();
    expect(stored).toHaveLength(count);
    expect(stored.find((r) => r.key === 'bulk-300')?.value).toBe(value(300));
  });

  it('refuses a row whose values do not match the columns, and the transaction keeps nothing', async () => {
    const rows = [['bad-1', 'one'], ['bad-2']];
    await expect(t.db.transaction().execute((trx) => insertRows(trx, 'app_meta', ['key', 'value'], rows))).rejects.toThrow(/2 columns/);
    expect(await t.db.selectFrom('app_meta').select('key').where('key', 'like', 'bad-%').execute()).toEqual([]);
  });

  it('inserts nothing for no rows', async () => {
    expect(await insertRows(t.db, 'app_meta', ['key', 'value'], [], ['key'])).toEqual([]);
  });
});
