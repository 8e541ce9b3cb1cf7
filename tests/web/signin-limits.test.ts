import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, csrfFrom, TEST_PASSWORD } from '../support/auth';

/*
 * Every password check is counted, and can be made as slow as production
 * hashing (about 0.3 s) so that a burst of requests really overlaps.
 */
const checks = vi.hoisted(() => ({ count: 0, delayMs: 0 }));
vi.mock('../../src/accounts/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/accounts/passwords')>();
  return {
    ...real,
    async verifyPassword(password: string, stored: string) {
      checks.count += 1;
      await new Promise((resolve) => setTimeout(resolve, checks.delayMs));
      return real.verifyPassword(password, stored);
    },
  };
});

async function until(condition: () => boolean, timeoutMs = 5000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A browser at one client address (TRUST_PROXY lets the test choose it). It
 * keeps the sign-in form's CSRF token; `refresh` fetches a new one, as after
 * signing out, when the browser has a new anonymous token.
 */
async function browser(ctx: TestContext, address: string) {
  const agent = request.agent(ctx.app);
  let csrf = '';
  const b = {
    agent,
    address,
    async refresh() {
      csrf = csrfFrom((await agent.get('/signin').set('X-Forwarded-For', b.address).expect(200)).text);
    },
    signIn: (name: string, password: string) =>
      agent.post('/signin').set('X-Forwarded-For', b.address).type('form').send({ _csrf: csrf, name, password }),
    async signOut() {
      const page = await agent.get('/account').set('X-Forwarded-For', b.address).expect(200);
      await agent.post('/signout').set('X-Forwarded-For', b.address).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
      await b.refresh();
    },
  };
  await b.refresh();
  return b;
}

const statuses = (responses: request.Response[]) => responses.map((r) => r.status).sort();

describe('sign-in limits', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    checks.count = 0;
    checks.delayMs = 0;
    ctx = await makeTestApp({
      env: { TRUST_PROXY: 'true', SIGNIN_MAX_FAILURES: '5', SIGNIN_MAX_FAILURES_PER_ADDRESS: '40', SIGNIN_MAX_FAILURES_PER_ACCOUNT: '12' },
    });
  });
  afterEach(() => ctx.close());

  it('checks at most SIGNIN_MAX_FAILURES passwords of a parallel burst of 30 wrong ones, and refuses the right one sent amid them', async () => {
    await createTestUser(ctx, { name: 'dewi' });
    const attacker = await browser(ctx, '203.0.113.9');
    checks.delayMs = 300;
    const wrong = Array.from({ length: 30 }, (_, i) => attacker.signIn('dewi', `wrong password ${i}`).then((r) => r));
    // The first guesses are being hashed and none has finished: the moment a check-then-record limit lets everything through.
    await until(() => checks.count >= 5);
    const right = await attacker.signIn('dewi', TEST_PASSWORD);
    const answers = await Promise.all(wrong);

    expect(right.status).toBe(429);
    expect(right.headers['retry-after']).toBe('900');
    expect(checks.count).toBe(5);
    expect(statuses(answers)).toEqual([...Array(5).fill(401), ...Array(25).fill(429)]);
  });

  it('a right password gives back only its own count, not the failures before it', async () => {
    await createTestUser(ctx, { name: 'eka' });
    const owner = await browser(ctx, '198.51.100.7');
    // A different browser each time: the known-browser exemption is tested below.
    const fresh = async () => (await browser(ctx, '198.51.100.7')).signIn;
    for (let i = 0; i < 4; i++) expect((await (await fresh())('eka', 'wrong password!')).status).toBe(401);
    expect((await owner.signIn('eka', TEST_PASSWORD)).status).toBe(303);
    expect((await (await fresh())('eka', 'wrong password!')).status).toBe(401);
    expect((await (await fresh())('eka', TEST_PASSWORD)).status).toBe(429);
  });

  it("does not let one address's wrong passwords keep the owner out from another address", async () => {
    await createTestUser(ctx, { name: 'fajar' });
    const attacker = await browser(ctx, '203.0.113.9');
    const tries = [];
    for (let i = 0; i < 8; i++) tries.push(await attacker.signIn('fajar', `guess ${i} wrong`));
    expect(statuses(tries)).toEqual([...Array(5).fill(401), ...Array(3).fill(429)]);
    expect((await attacker.signIn('fajar', TEST_PASSWORD)).status).toBe(429);

    const owner = await browser(ctx, '198.51.100.7');
    expect((await owner.signIn('fajar', TEST_PASSWORD)).status).toBe(303);
  });

  it("lets the owner's known browser in when guesses from many addresses have closed the account to every other client", async () => {
    await createTestUser(ctx, { name: 'gita' });
    const home = '198.51.100.7';
    const owner = await browser(ctx, home);
    expect((await owner.signIn('gita', TEST_PASSWORD)).status).toBe(303);
    await owner.signOut();

    // Twenty addresses guess in parallel: at most the account's total of 12 passwords is checked.
    checks.delayMs = 100;
    checks.count = 0;
    const attackers = await Promise.all(Array.from({ length: 20 }, (_, i) => browser(ctx, `203.0.113.${i + 1}`)));
    const guesses = await Promise.all(attackers.flatMap((a, i) => [a.signIn('gita', `guess ${i}a`), a.signIn('gita', `guess ${i}b`)]));
    expect(checks.count).toBe(12);
    expect(statuses(guesses)).toEqual([...Array(12).fill(401), ...Array(28).fill(429)]);

    // A new browser is refused even with the right password, from a new address or the owner's own.
    expect((await (await browser(ctx, '192.0.2.50')).signIn('gita', TEST_PASSWORD)).status).toBe(429);
    expect((await (await browser(ctx, home)).signIn('gita', TEST_PASSWORD)).status).toBe(429);
    // The browser the owner signed in from before is not, wherever it is now.
    expect((await owner.signIn('gita', TEST_PASSWORD)).status).toBe(303);
    await owner.signOut();
    owner.address = '203.0.113.1';
    await owner.refresh();
    expect((await owner.signIn('gita', TEST_PASSWORD)).status).toBe(303);
  });

  it("limits a known browser by its own count: a stolen cookie buys no more guesses", async () => {
    await createTestUser(ctx, { name: 'hadi' });
    const owner = await browser(ctx, '198.51.100.7');
    expect((await owner.signIn('hadi', TEST_PASSWORD)).status).toBe(303);
    await owner.signOut();
    checks.delayMs = 100;
    checks.count = 0;
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => owner.signIn('hadi', `wrong guess ${i}`)));
    expect(checks.count).toBe(5);
    expect(statuses(burst)).toEqual([...Array(5).fill(401), ...Array(5).fill(429)]);
  });

  it('limits an address that tries many accounts at once', async () => {
    const sprayer = await browser(ctx, '203.0.113.77');
    checks.delayMs = 100;
    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => sprayer.signIn(`name${i}`, 'Summer2026!')));
    expect(checks.count).toBe(40);
    expect(statuses(burst)).toEqual([...Array(40).fill(401), ...Array(20).fill(429)]);
  });

  it('counts names that cannot be users under a short hash, never the name itself', async () => {
    const client = await browser(ctx, '203.0.113.9');
    const long = 'x'.repeat(5000);
    expect((await client.signIn(long, 'wrong password!')).status).toBe(401);
    expect((await client.signIn('<b>Ani</b> and more', 'wrong password!')).status).toBe(401);
    const keys = (await ctx.db.selectFrom('login_attempts').select('key').execute()).map((r) => r.key);
    expect(keys.length).toBe(5);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(100);
    expect(keys.join(' ')).not.toMatch(/xxxx|<b>/);
  });
});
