import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, csrfFrom, signedInAgent, type SignedIn } from '../support/auth';

describe('CSRF protection', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
  });
  afterAll(() => ctx.close());

  const importForm = (agent: request.Agent, url = '/documents') =>
    agent.post(url).field('title', 'Uji').field('source_text', 'Hujan turun.');

  const refusals: [string, () => request.Test][] = [
    ['a form without a token', () => importForm(editor.agent)],
    ['a form with a wrong token', () => importForm(editor.agent).field('_csrf', 'x'.repeat(43))],
    ['a form with the token of another visitor', () => importForm(editor.agent, '/documents?_csrf=' + 'A'.repeat(43))],
    ['a fetch without the header', () => editor.agent.post('/api/documents').send({ source: 'Hujan turun.' })],
    ['a fetch with an empty header', () => editor.agent.post('/api/documents').set('X-CSRF-Token', '').send({ source: 'Hujan turun.' })],
    ['a URL-encoded delete without a token', () => editor.agent.post('/documents/1/delete').type('form').send({})],
  ];

  it.each(refusals)('refuses %s with 403 and stores nothing', async (_name, send) => {
    const before = await countDocuments(ctx.db);
    const res = await send().expect(403);
    expect(res.text).toMatch(/expired|csrf_failed/);
    expect(await countDocuments(ctx.db)).toBe(before);
  });

  it('accepts the session token as a header, a form field, or (multipart only) in the action URL', async () => {
    await importForm(editor.agent).set('X-CSRF-Token', editor.csrf).expect(303);
    await editor.agent.post('/api/documents').set('X-CSRF-Token', editor.csrf).send({ source: 'Hujan turun.' }).expect(201);
    await importForm(editor.agent, `/documents?_csrf=${encodeURIComponent(editor.csrf)}`).expect(303);
    const form = await editor.agent.get('/documents/new').expect(200);
    expect(form.text).toContain(`action="/documents?_csrf=${encodeURIComponent(editor.csrf)}"`);
    expect(form.text).toContain(`name="_csrf" value="${editor.csrf}"`);
  });

  it('does not take a URL token for URL-encoded forms', async () => {
    const id = (await editor.agent.post('/api/documents').set('X-CSRF-Token', editor.csrf).send({ source: 'Ada.' })).body.id;
    await editor.agent.post(`/documents/${id}/delete?_csrf=${encodeURIComponent(editor.csrf)}`).type('form').send({}).expect(403);
  });

  it('lets API-token requests through without a CSRF token', async () => {
    const token = await apiToken(ctx);
    await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ source: 'Hujan turun.' }).expect(201);
  });

  it('protects the sign-in form of anonymous visitors with a cookie token', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/signin').expect(200);
    const token = csrfFrom(page.text);
    expect(token.length).toBeGreaterThan(20);
    await agent.post('/signin').type('form').send({ name: editor.user.name, password: 'correct horse battery' }).expect(403);
    await request(ctx.app).post('/signin').type('form').send({ _csrf: token, name: editor.user.name, password: 'correct horse battery' }).expect(403);
    await agent.post('/signin').type('form').send({ _csrf: token, name: editor.user.name, password: 'correct horse battery' }).expect(303);
  });

  it('gives the signed-in page a different token from the anonymous one', async () => {
    const agent = request.agent(ctx.app);
    const anonymous = csrfFrom((await agent.get('/signin')).text);
    await agent.post('/signin').type('form').send({ _csrf: anonymous, name: editor.user.name, password: 'correct horse battery' }).expect(303);
    const signedIn = csrfFrom((await agent.get('/')).text);
    expect(signedIn).not.toBe(anonymous);
    await agent.post('/api/documents').set('X-CSRF-Token', anonymous).send({ source: 'Ada.' }).expect(403);
  });

  it('hands an anonymous visitor a token only with a rendered page, not with a kept reader page, a file or the API, and keeps it from then on', async () => {
    const agent = request.agent(ctx.app);
    const documentId = (await editor.agent.post('/api/documents').set('X-CSRF-Token', editor.csrf).send({ source: 'Hujan turun.' })).body.id;
    for (const url of [`/documents/${documentId}`, '/assets/style.css', `/api/documents/${documentId}`]) {
      const res = await agent.get(url);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    const page = await agent.get('/signin').expect(200);
    expect(String(page.headers['set-cookie'])).toMatch(/^sejajar_csrf=/);
    const token = csrfFrom(page.text);
    const again = await agent.get('/signin').expect(200);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(csrfFrom(again.text)).toBe(token);
  });
});
