import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseAttempt, reserveAttempt } from '../../src/store/login-attempts';
import { makeTestDb, type TestDb } from '../support/database';

const NOW = '2026-06-01T12:00:00.000Z';
const WINDOW_START = '2026-06-01T11:45:00.000Z';

describe('login attempt counters', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  const failures = async (key: string) =>
    (await t.db.selectFrom('login_attempts').select('failures').where('key', '=', key).executeTakeFirst())?.failures;

  it('grants exactly the limit to 20 reservations made at once', async () => {
    const limits = [{ key: 'user:ani', max: 5 }];
    const granted = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt(t.db, limits, NOW, WINDOW_START)));
    expect(granted.filter(Boolean)).toHaveLength(5);
    expect(await failures('user:ani')).toBe(5);
  });

  it('counts on every counter or on none: a full counter leaves the others untouched', async () => {
    await t.db.insertInto('login_attempts').values({ key: 'ip:a', failures: 3, window_started_at: '2026-06-01T11:50:00.000Z' }).execute();
    expect(await reserveAttempt(t.db, [{ key: 'user:ani', max: 5 }, { key: 'ip:a', max: 3 }], NOW, WINDOW_START)).toBe(false);
    expect(await failures('user:ani')).toBeUndefined();
    expect(await failures('ip:a')).toBe(3);
  });

  it('starts a new window when the old one has ended, and gives back one count per release', async () => {
    await t.db.insertInto('login_attempts').values({ key: 'ip:a', failures: 9, window_started_at: WINDOW_START }).execute();
    expect(await reserveAttempt(t.db, [{ key: 'ip:a', max: 3 }], NOW, WINDOW_START)).toBe(true);
    expect(await t.db.selectFrom('login_attempts').selectAll().execute()).toEqual([{ key: 'ip:a', failures: 1, window_started_at: NOW }]);
    await reserveAttempt(t.db, [{ key: 'ip:a', max: 3 }], NOW, WINDOW_START);
    await releaseAttempt(t.db, ['ip:a'], WINDOW_START);
    expect(await failures('ip:a')).toBe(1);
  });
});
