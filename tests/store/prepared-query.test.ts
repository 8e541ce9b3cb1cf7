import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { preparedQuery } from '../../src/store/prepared-query';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

describe('preparedQuery', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
    await t.db.insertInto('app_meta').values([{ key: 'p-one', value: '1' }, { key: 'p-two', value: '2' }]).execute();
  });
  afterEach(() => t.close());

  it('answers each call with its own values from the statement made on the first', async () => {
    const value = preparedQuery((db: Db, key: string) => db.selectFrom('app_meta').select('value').where('key', '=', key));
    expect(await value(t.db, 'p-one')).toEqual([{ value: '1' }]);
    expect(await value(t.db, 'p-two')).toEqual([{ value: '2' }]);
    expect(await value(t.db, "p-one' or '1'='1")).toEqual([]);
    // Inside a transaction too, seeing its own writes.
    await t.db.transaction().execute(async (trx) => {
      await trx.updateTable('app_meta').set({ value: '3' }).where('key', '=', 'p-two').execute();
      expect(await value(trx, 'p-two')).toEqual([{ value: '3' }]);
    });
  });

  it('refuses a query whose parameters are not its arguments in order', async () => {
    const fixed = preparedQuery((db: Db, key: string) => db.selectFrom('app_meta').select('value').where('key', '=', key).where('value', '=', '1'));
    await expect(fixed(t.db, 'p-one')).rejects.toThrow(/arguments in order/);
    const swapped = preparedQuery((db: Db, a: string, b: string) => db.selectFrom('app_meta').select('value').where('value', '=', b).where('key', '=', a));
    await expect(swapped(t.db, 'p-one', '1')).rejects.toThrow(/arguments in order/);
  });

  it.runIf(testDialect() === 'sqlite')('reads on the reading connection, not behind a write transaction still open', async () => {
    const value = preparedQuery((db: Db, key: string) => db.selectFrom('app_meta').select('value').where('key', '=', key));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writing = t.db.transaction().execute(async (trx) => {
      await trx.updateTable('app_meta').set({ value: 'changing' }).where('key', '=', 'p-one').execute();
      await held;
    });
    // The committed state, while the write is still open.
    const read = await Promise.race([value(t.db, 'p-one'), new Promise((resolve) => setTimeout(() => resolve('waited'), 2_000))]);
    release();
    await writing;
    expect(read).toEqual([{ value: '1' }]);
  });
});
