import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSetupLinkIfNoUsers } from '../../src/accounts/setup';
import { hashToken } from '../../src/accounts/tokens';
import { countUsers, findUserByName } from '../../src/store/users';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, csrfFrom, signedInAgent, TEST_PASSWORD } from '../support/auth';

const setCookies = (res: request.Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);

const status = (code: number) => (res: request.Response) => {
  expect(res.status).toBe(code);
  return res;
};

async function signInForm(agent: request.Agent, name: string, password: string, extra: Record<string, string> = {}) {
  const page = await agent.get('/signin');
  return agent.post('/signin').type('form').send({ _csrf: csrfFrom(page.text), name, password, ...extra });
}

describe('signing in and out', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp({ env: { SIGNIN_MAX_FAILURES: '3', SIGNIN_MAX_FAILURES_PER_ADDRESS: '6' } });
  });
  afterEach(() => ctx.close());

  it('signs in with the right password, sets a safe cookie and stores only its hash', async () => {
    const user = await createTestUser(ctx, { name: 'ani' });
    const agent = request.agent(ctx.app);
    const res = await signInForm(agent, 'ANI ', TEST_PASSWORD, { next: '/account' }).then(status(303));
    expect(res.headers.location).toBe('/account');
    const cookie = setCookies(res).find((c: string) => c.startsWith('sejajar_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const value = decodeURIComponent(/sejajar_session=([^;]+)/.exec(cookie)![1]);
    const rows = await ctx.db.selectFrom('sessions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id_hash: hashToken(value), user_id: user.id });
    expect(JSON.stringify(rows)).not.toContain(value);
    const page = await agent.get('/').expect(200);
    expect(page.text).toContain('Signed in as ani');
  });

  it('marks the cookie Secure behind an HTTPS proxy when TRUST_PROXY is set', async () => {
    await ctx.close();
    ctx = await makeTestApp({ env: { TRUST_PROXY: '1' } });
    await createTestUser(ctx, { name: 'budi' });
    const agent = request.agent(ctx.app);
    // The anonymous CSRF cookie of an HTTPS page is Secure too, which the test client would not send back over HTTP.
    const page = await agent.get('/signin');
    const res = await agent
      .post('/signin')
      .set('X-Forwarded-Proto', 'https')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), name: 'budi', password: TEST_PASSWORD })
      .expect(303);
    expect(setCookies(res).find((c: string) => c.startsWith('sejajar_session='))).toMatch(/; Secure/);
  });

  it('refuses a wrong password and an unknown name alike', async () => {
    await createTestUser(ctx, { name: 'citra' });
    const wrong = await signInForm(request.agent(ctx.app), 'citra', 'wrong password!').then(status(401));
    const unknown = await signInForm(request.agent(ctx.app), 'nobody', 'wrong password!').then(status(401));
    expect(wrong.text).toContain('The user name or password is wrong.');
    expect(unknown.text).toContain('The user name or password is wrong.');
    expect(await ctx.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('blocks an account after too many failures, even with the right password', async () => {
    await createTestUser(ctx, { name: 'dewi' });
    for (let i = 0; i < 3; i++) await signInForm(request.agent(ctx.app), 'dewi', 'wrong password!').then(status(401));
    const res = await signInForm(request.agent(ctx.app), 'dewi', TEST_PASSWORD).then(status(429));
    expect(res.headers['retry-after']).toBe('900');
    expect(res.text).toContain('Too many failed attempts');
    const row = await ctx.db.selectFrom('login_attempts').selectAll().where('key', 'like', 'user-ip:dewi@%').executeTakeFirstOrThrow();
    expect(row.failures).toBe(3);
  });

  it('blocks an address that tries many accounts', async () => {
    await createTestUser(ctx, { name: 'eka' });
    for (let i = 0; i < 6; i++) await signInForm(request.agent(ctx.app), `guess${i}`, 'wrong password!').then(status(401));
    await signInForm(request.agent(ctx.app), 'eka', TEST_PASSWORD).then(status(429));
  });

  it('refuses disabled users', async () => {
    const user = await createTestUser(ctx, { name: 'fajar' });
    await ctx.db.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    await signInForm(request.agent(ctx.app), 'fajar', TEST_PASSWORD).then(status(401));
  });

  it('signs out, and "sign out everywhere" ends the sessions on other devices', async () => {
    const phone = await signedInAgent(ctx, { name: 'gita' });
    const laptop = request.agent(ctx.app);
    await signInForm(laptop, 'gita', TEST_PASSWORD).then(status(303));
    await laptop.get('/account').expect(200);
    await phone.agent.post('/account/signout-all').type('form').send({ _csrf: phone.csrf }).expect(303);
    await laptop.get('/account').expect(303);
    await phone.agent.get('/account').expect(303);

    const again = await signedInAgent(ctx, { name: 'hadi' });
    await again.agent.post('/signout').type('form').send({ _csrf: again.csrf }).expect(303);
    await again.agent.get('/account').expect(303);
  });

  it('does not redirect outside the site after signing in', async () => {
    await createTestUser(ctx, { name: 'indah' });
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const res = await signInForm(request.agent(ctx.app), 'indah', TEST_PASSWORD, { next }).then(status(303));
      expect(res.headers.location).toBe('/');
    }
  });
});

describe('first admin through the set-up link', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());

  async function useLink(agent: request.Agent, token: string, name: string, password: string) {
    const page = await agent.get(`/setup/${token}`);
    if (page.status !== 200) return page;
    return agent.post(`/setup/${token}`).type('form').send({ _csrf: csrfFrom(page.text), name, password });
  }

  it('creates the admin once, signs them in, and stores only the hash', async () => {
    const token = (await createSetupLinkIfNoUsers(ctx.db, ctx.config.accounts))!;
    const stored = await ctx.db.selectFrom('setup_tokens').selectAll().execute();
    expect(stored).toEqual([expect.objectContaining({ token_hash: hashToken(token), used_at: null })]);
    const agent = request.agent(ctx.app);
    const short = await useLink(agent, token, 'admin', 'short');
    expect(short.status).toBe(400);
    expect(short.text).toContain('at least 10 characters');
    const res = await useLink(agent, token, 'Admin', TEST_PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/welcome');
    await agent.get('/admin/welcome').expect(200);
    await agent.get('/admin/users').expect(200);
    expect((await findUserByName(ctx.db, 'admin'))?.role).toBe('admin');
    expect((await useLink(request.agent(ctx.app), token, 'second', TEST_PASSWORD)).status).toBe(404);
    expect(await countUsers(ctx.db)).toBe(1);
    expect(await createSetupLinkIfNoUsers(ctx.db, ctx.config.accounts)).toBeNull();
  });

  it('refuses an expired or unknown link', async () => {
    const token = (await createSetupLinkIfNoUsers(ctx.db, { setupLinkTtlMs: 1 }, new Date(Date.now() - 1000)))!;
    expect((await useLink(request.agent(ctx.app), token, 'admin', TEST_PASSWORD)).status).toBe(404);
    expect((await useLink(request.agent(ctx.app), 'y'.repeat(43), 'admin', TEST_PASSWORD)).status).toBe(404);
    expect(await countUsers(ctx.db)).toBe(0);
  });
});

describe('managing users and tokens', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp({ seed: true });
  });
  afterEach(() => ctx.close());

  it('lets an admin add users, change roles, disable and reset passwords', async () => {
    const admin = await signedInAgent(ctx, { role: 'admin', name: 'root' });
    const post = (url: string, body: Record<string, string>) => admin.agent.post(url).type('form').send({ _csrf: admin.csrf, ...body });

    await post('/admin/users', { name: 'joko', password: TEST_PASSWORD, role: 'editor' }).expect(201);
    const dup = await post('/admin/users', { name: 'JOKO', password: TEST_PASSWORD, role: 'editor' }).expect(409);
    expect(dup.text).toContain('That user name is taken.');
    await post('/admin/users', { name: '<b>x</b>', password: TEST_PASSWORD, role: 'editor' }).expect(400);
    const joko = (await findUserByName(ctx.db, 'joko'))!;

    await post(`/admin/users/${joko.id}/role`, { role: 'admin' }).expect(200);
    expect((await findUserByName(ctx.db, 'joko'))?.role).toBe('admin');
    await post(`/admin/users/${joko.id}/role`, { role: 'owner' }).expect(400);

    const jokoAgent = request.agent(ctx.app);
    await signInForm(jokoAgent, 'joko', TEST_PASSWORD).then(status(303));
    await post(`/admin/users/${joko.id}/disable`, { disabled: '1' }).expect(200);
    await jokoAgent.get('/account').expect(303);
    await signInForm(request.agent(ctx.app), 'joko', TEST_PASSWORD).then(status(401));
    await post(`/admin/users/${joko.id}/disable`, { disabled: '0' }).expect(200);

    await post(`/admin/users/${joko.id}/password`, { password: 'a brand new passphrase' }).expect(200);
    await signInForm(request.agent(ctx.app), 'joko', TEST_PASSWORD).then(status(401));
    await signInForm(request.agent(ctx.app), 'joko', 'a brand new passphrase').then(status(303));
    await post('/admin/users/999/role', { role: 'editor' }).expect(404);
  });

  it('never demotes or disables the last active admin', async () => {
    const admin = await signedInAgent(ctx, { role: 'admin', name: 'solo' });
    const res = await admin.agent.post(`/admin/users/${admin.user.id}/role`).type('form').send({ _csrf: admin.csrf, role: 'editor' }).expect(409);
    expect(res.text).toContain('The last active admin');
    await admin.agent.post(`/admin/users/${admin.user.id}/disable`).type('form').send({ _csrf: admin.csrf, disabled: '1' }).expect(409);
    expect((await findUserByName(ctx.db, 'solo'))?.role).toBe('admin');
  });

  it('changes the own password only with the current one', async () => {
    const me = await signedInAgent(ctx, { name: 'kartika' });
    const post = (body: Record<string, string>) => me.agent.post('/account/password').type('form').send({ _csrf: me.csrf, ...body });
    await post({ current_password: 'not it at all', new_password: 'another long passphrase' }).expect(400);
    await post({ current_password: TEST_PASSWORD, new_password: 'short' }).expect(400);
    await post({ current_password: TEST_PASSWORD, new_password: 'another long passphrase' }).expect(200);
    await signInForm(request.agent(ctx.app), 'kartika', 'another long passphrase').then(status(303));
  });

  it('creates an API token on the account page, shows it once, and revokes it', async () => {
    const me = await signedInAgent(ctx, { name: 'lestari' });
    const created = await me.agent.post('/account/tokens').type('form').send({ _csrf: me.csrf, name: 'laptop script' }).expect(201);
    const token = /<code class="token" id="new-token">([^<]+)<\/code>/.exec(created.text)![1];
    expect(token).toMatch(/^sej_/);
    const stored = await ctx.db.selectFrom('api_tokens').selectAll().execute();
    expect(stored).toEqual([expect.objectContaining({ token_hash: hashToken(token), name: 'laptop script' })]);

    const page = await me.agent.get('/account').expect(200);
    expect(page.text).not.toContain(token);
    expect(page.text).toContain(token.slice(0, 10));

    const res = await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ source: 'Ada.' }).expect(201);
    const doc = await ctx.db.selectFrom('documents').select('created_by').where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(doc.created_by).toBe(me.user.id);

    const other = await signedInAgent(ctx);
    await other.agent.post(`/account/tokens/${stored[0].id}/revoke`).type('form').send({ _csrf: other.csrf }).expect(404);
    await me.agent.post(`/account/tokens/${stored[0].id}/revoke`).type('form').send({ _csrf: me.csrf }).expect(303);
    await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ source: 'Ada.' }).expect(401);
  });

  it('stops the tokens of a disabled user', async () => {
    const me = await signedInAgent(ctx, { name: 'made' });
    const created = await me.agent.post('/account/tokens').type('form').send({ _csrf: me.csrf, name: 'ci' }).expect(201);
    const token = /id="new-token">([^<]+)</.exec(created.text)![1];
    await ctx.db.updateTable('users').set({ disabled: 1 }).where('id', '=', me.user.id).execute();
    await request(ctx.app).get('/api/documents').set('Authorization', `Bearer ${token}`).expect(401);
  });
});
