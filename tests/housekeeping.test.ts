import { afterEach, describe, expect, it } from 'vitest';
import { startSession } from '../src/accounts/sessions';
import { createUser } from '../src/accounts/users';
import { loadConfig, type Config } from '../src/config';
import { startHousekeeping, type Housekeeping, type HousekeepingTask } from '../src/housekeeping';
import type { Db } from '../src/store/database';
import { makeTestDb, type TestDb } from './support/database';

const config = (intervalMs: number): Config => ({ ...loadConfig({ SCRYPT_COST: '10' }), housekeepingIntervalMs: intervalMs });
const noDb = {} as Db;

describe('housekeeping', () => {
  let running: Housekeeping | undefined;
  let library: TestDb | undefined;
  afterEach(async () => {
    await running?.stop();
    await library?.close();
    running = library = undefined;
  });

  it('runs every task at once, then again on its timer, and no more after stop', async () => {
    const ran: string[] = [];
    const task = (name: string): HousekeepingTask => ({ name, run: async () => void ran.push(name) });
    running = startHousekeeping(noDb, config(30), { tasks: [task('a'), task('b')] });
    await running.runNow();
    expect(ran.slice(0, 2)).toEqual(['a', 'b']);
    await expect.poll(() => ran.length, { timeout: 2000 }).toBeGreaterThanOrEqual(4);
    await running.stop();
    const stoppedAt = ran.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toHaveLength(stoppedAt);
  });

  it('reports a failing task and still runs the others', async () => {
    const reports: string[] = [];
    const ran: string[] = [];
    const tasks: HousekeepingTask[] = [
      { name: 'broken things', run: () => Promise.reject(new Error('table is locked')) },
      { name: 'fine things', run: async () => void ran.push('fine') },
    ];
    running = startHousekeeping(noDb, config(60_000), { tasks, report: (m) => reports.push(m) });
    await running.runNow();
    expect(ran).toEqual(['fine']);
    expect(reports[0]).toBe('Housekeeping: removing broken things failed: table is locked');
  });

  it('does not start a second round while one runs', async () => {
    let rounds = 0;
    let release!: () => void;
    const slow: HousekeepingTask = { name: 'slow', run: () => (rounds++, new Promise<void>((resolve) => (release = resolve))) };
    running = startHousekeeping(noDb, config(60_000), { tasks: [slow] });
    const first = running.runNow();
    const second = running.runNow();
    release();
    await Promise.all([first, second]);
    expect(rounds).toBe(1);
  });

  it('removes expired sessions and ended sign-in counters from the library, and keeps the others', async () => {
    library = await makeTestDb();
    const settings = loadConfig({ SCRYPT_COST: '10' });
    const user = await createUser(library.db, { name: 'sari', password: 'long enough password', role: 'editor' }, settings.accounts);
    const now = new Date('2026-03-01T12:00:00Z');
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
    await startSession(library.db, user.id, 60_000, new Date(now.getTime() - 120_000));
    const live = await startSession(library.db, user.id, 60_000, now);
    await library.db
      .insertInto('login_attempts')
      .values([
        { key: 'name:ended', failures: 2, window_started_at: minutesAgo(60) },
        { key: 'name:current', failures: 2, window_started_at: minutesAgo(1) },
      ])
      .execute();
    running = startHousekeeping(library.db, { ...settings, housekeepingIntervalMs: 60_000 }, { now: () => now });
    await running.runNow();
    const sessions = await library.db.selectFrom('sessions').select('expires_at').execute();
    expect(sessions.map((s) => s.expires_at)).toEqual([live.expiresAt.toISOString()]);
    const counters = await library.db.selectFrom('login_attempts').select('key').execute();
    expect(counters.map((c) => c.key)).toEqual(['name:current']);
  });
});
