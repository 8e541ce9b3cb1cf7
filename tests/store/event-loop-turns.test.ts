import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUDGET_MS, holdTurns } from '../../src/store/event-loop-turns';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

/** Counts the event loop's turns (one immediate after another) until stopped. */
function countTurns() {
  const counter = { turns: 0, running: true };
  const spin = () => {
    if (!counter.running) return;
    counter.turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  return counter;
}

describe('a long run of queries', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  // better-sqlite3 answers synchronously: without the store's turns a run of queries is one long task.
  it('lets the event loop turn, inside a transaction too, and the transaction stays whole', async () => {
    const loop = countTurns();
    const started = performance.now();
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3_000; i++) await trx.insertInto('app_meta').values({ key: `k${i}`, value: String(i) }).execute();
    });
    const tookMs = performance.now() - started;
    loop.running = false;
    expect(tookMs).toBeGreaterThan(30);
    expect(loop.turns).toBeGreaterThan(0);
    const stored = await t.db.selectFrom('app_meta').select((eb) => eb.fn.countAll<number>().as('n')).where('key', 'like', 'k%').executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(3_000);
  });

  it.runIf(testDialect() === 'sqlite')('lets nothing run between the statements of a held read, and turns again after it', async () => {
    await t.db.insertInto('app_meta').values(Array.from({ length: 500 }, (_, i) => ({ key: `h${i}`, value: 'x'.repeat(200) }))).execute();
    const loop = countTurns();
    const readAll = () => t.db.selectFrom('app_meta').selectAll().where('key', 'like', 'h%').execute();
    const started = performance.now();
    const held = await holdTurns(t.db, async () => {
      const before = loop.turns;
      // Far more than the turns' budget of reads, side by side as a document's tables are read.
      await Promise.all(Array.from({ length: 40 }, () => readAll()));
      return loop.turns - before;
    });
    expect(performance.now() - started).toBeGreaterThan(2 * BUDGET_MS);
    expect(held).toBe(0);
    const before = loop.turns;
    await Promise.all(Array.from({ length: 40 }, () => readAll()));
    loop.running = false;
    expect(loop.turns - before).toBeGreaterThan(0);
  });
});
