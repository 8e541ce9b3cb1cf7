import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { createTestUser, csrfFrom, signedInAgent, TEST_PASSWORD, type SignedIn } from '../support/auth';

const NEW_PASSWORD = 'a brand new passphrase';

/** Another device of the user, signed in through the form. */
async function secondDevice(ctx: TestContext, name: string, password = TEST_PASSWORD): Promise<request.Agent> {
  const agent = request.agent(ctx.app);
  const form = await agent.get('/signin').expect(200);
  await agent.post('/signin').type('form').send({ _csrf: csrfFrom(form.text), name, password }).expect(303);
  await agent.get('/account').expect(200);
  return agent;
}

async function newToken(me: SignedIn, name: string): Promise<string> {
  const page = await me.agent.post('/account/tokens').type('form').send({ _csrf: me.csrf, name }).expect(201);
  return /id="new-token">([^<]+)</.exec(page.text)![1];
}

const apiWith = (ctx: TestContext, token: string) => request(ctx.app).get('/api/documents').set('Authorization', `Bearer ${token}`);

describe('what a password change ends', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());

  it('changing the own password signs out the other sessions and revokes every API token, and keeps this session', async () => {
    const me = await signedInAgent(ctx, { name: 'kartika' });
    const laptop = await secondDevice(ctx, 'kartika');
    const tokens = [await newToken(me, 'script'), await newToken(me, 'ci')];
    for (const token of tokens) await apiWith(ctx, token).expect(200);

    const page = await me.agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: me.csrf, current_password: TEST_PASSWORD, new_password: NEW_PASSWORD })
      .expect(200);
    expect(page.text).toContain('Sessions signed out elsewhere: 1. API tokens revoked: 2.');
    expect(page.text).toContain('You have no API tokens.');

    await me.agent.get('/account').expect(200);
    await laptop.get('/account').expect(303);
    for (const token of tokens) await apiWith(ctx, token).expect(401);
    expect(await ctx.db.selectFrom('api_tokens').selectAll().execute()).toEqual([]);
  });

  it('changing the own password forgets every other browser the account signed in from, and keeps this one', async () => {
    const me = await signedInAgent(ctx, { name: 'ratna' });
    await secondDevice(ctx, 'ratna');
    await secondDevice(ctx, 'ratna');
    const known = async () => (await ctx.db.selectFrom('known_clients').select('id_hash').where('user_id', '=', me.user.id).execute()).map((r) => r.id_hash);
    const before = await known();
    expect(before).toHaveLength(3);

    await me.agent.post('/account/password').type('form').send({ _csrf: me.csrf, current_password: 'not the password', new_password: NEW_PASSWORD }).expect(400);
    expect(await known()).toEqual(before);

    await me.agent.post('/account/password').type('form').send({ _csrf: me.csrf, current_password: TEST_PASSWORD, new_password: NEW_PASSWORD }).expect(200);
    const after = await known();
    expect(after).toHaveLength(1);
    expect(before).toContain(after[0]);
    // The browser kept is this one: signing in again from it renews its row rather than adding one.
    await me.agent.post('/signout').type('form').send({ _csrf: me.csrf });
    const form = await me.agent.get('/signin').expect(200);
    await me.agent.post('/signin').type('form').send({ _csrf: csrfFrom(form.text), name: 'ratna', password: NEW_PASSWORD }).expect(303);
    expect(await known()).toEqual(after);
  });

  it('a wrong current password ends nothing', async () => {
    const me = await signedInAgent(ctx, { name: 'lestari' });
    const laptop = await secondDevice(ctx, 'lestari');
    const token = await newToken(me, 'script');
    await me.agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: me.csrf, current_password: 'not the password', new_password: NEW_PASSWORD })
      .expect(400);
    await laptop.get('/account').expect(200);
    await apiWith(ctx, token).expect(200);
  });

  it('says on the account page what a change will end', async () => {
    const me = await signedInAgent(ctx);
    const page = await me.agent.get('/account').expect(200);
    expect(page.text).toContain('Changing your password signs out your other sessions and revokes all your API tokens');
    const id = await me.agent.get('/account').set('Accept-Language', 'id').expect(200);
    expect(id.text).toContain('Mengganti kata sandi mengakhiri sesi Anda yang lain');
  });

  it("an admin's reset ends every session and every API token of the user", async () => {
    const admin = await signedInAgent(ctx, { role: 'admin', name: 'root' });
    const joko = await signedInAgent(ctx, { name: 'joko' });
    const phone = await secondDevice(ctx, 'joko');
    const token = await newToken(joko, 'script');
    const othersToken = await newToken(admin, 'admin script');

    const page = await admin.agent
      .post(`/admin/users/${joko.user.id}/password`)
      .type('form')
      .send({ _csrf: admin.csrf, password: NEW_PASSWORD })
      .expect(200);
    expect(page.text).toContain('sessions and API tokens ended');

    await joko.agent.get('/account').expect(303);
    await phone.get('/account').expect(303);
    await apiWith(ctx, token).expect(401);
    await apiWith(ctx, othersToken).expect(200);
    await admin.agent.get('/account').expect(200);
    await secondDevice(ctx, 'joko', NEW_PASSWORD);
  });

  it('a reset for a user that does not exist is a 404 and changes nobody', async () => {
    const admin = await signedInAgent(ctx, { role: 'admin' });
    const other = await createTestUser(ctx, { name: 'nina' });
    await admin.agent.post('/admin/users/99999/password').type('form').send({ _csrf: admin.csrf, password: NEW_PASSWORD }).expect(404);
    await secondDevice(ctx, other.name);
  });
});
