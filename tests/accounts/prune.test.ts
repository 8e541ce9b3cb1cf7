import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneAccounts } from '../../src/accounts/prune';
import { makeTestDb, type TestDb } from '../support/database';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const WINDOW = { failureWindowMs: 15 * 60_000 };

describe('pruning accounts', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  async function fill() {
    const { db } = t;
    const { id } = await db
      .insertInto('users')
      .values({ name: 'ani', password_hash: 'x', role: 'editor', created_at: at(-999), updated_at: at(-999) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const session = (idHash: string, expires: number) => ({ id_hash: idHash, user_id: id, csrf_token: 'c', created_at: at(-999), expires_at: at(expires) });
    await db.insertInto('sessions').values([session('expired', -1), session('ends-now', 0), session('live', 1)]).execute();
    const setup = (hash: string, expires: number, used: number | null) => ({
      token_hash: hash,
      created_at: at(-999),
      expires_at: at(expires),
      used_at: used === null ? null : at(used),
    });
    await db.insertInto('setup_tokens').values([setup('spent', 60, -5), setup('old', -1, null), setup('open', 60, null)]).execute();
    const attempt = (key: string, started: number) => ({ key, failures: 3, window_started_at: at(started) });
    await db.insertInto('login_attempts').values([attempt('ip:ended', -15), attempt('ip:long-ago', -9000), attempt('ip:current', -14)]).execute();
    const client = (hash: string, expires: number) => ({ id_hash: hash, user_id: id, created_at: at(-999), expires_at: at(expires) });
    await db.insertInto('known_clients').values([client('gone', -1), client('kept', 1)]).execute();
  }

  it('deletes expired sessions, spent or expired set-up links, ended sign-in counters and expired known browsers, and keeps the rest', async () => {
    await fill();
    const report = await pruneAccounts(t.db, NOW, WINDOW);
    expect(report).toEqual({ sessions: 2, setupTokens: 2, loginAttempts: 2, knownClients: 1 });

    const keys = async (table: 'sessions' | 'known_clients') => (await t.db.selectFrom(table).select('id_hash').execute()).map((r) => r.id_hash);
    expect(await keys('sessions')).toEqual(['live']);
    expect(await keys('known_clients')).toEqual(['kept']);
    expect((await t.db.selectFrom('setup_tokens').select('token_hash').execute()).map((r) => r.token_hash)).toEqual(['open']);
    expect((await t.db.selectFrom('login_attempts').select('key').execute()).map((r) => r.key)).toEqual(['ip:current']);

    expect(await pruneAccounts(t.db, NOW, WINDOW)).toEqual({ sessions: 0, setupTokens: 0, loginAttempts: 0, knownClients: 0 });
  });
});
