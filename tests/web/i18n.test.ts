import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';

describe('interface language', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
  });
  afterAll(() => ctx.close());

  it('switches with ?lng=id and remembers it in a cookie', async () => {
    const agent = request.agent(ctx.app);
    const first = await agent.get('/?lng=id').expect(200);
    expect(first.text).toContain('<html lang="id">');
    expect(first.text).toContain('Pustaka');
    expect(String(first.headers['set-cookie'])).toMatch(/lng=id/);

    const next = await agent.get('/documents/1').expect(200);
    expect(next.text).toContain('<html lang="id">');
    expect(next.text).toContain('Bahasa Indonesia');

    const back = await agent.get('/?lng=en').expect(200);
    expect(back.text).toContain('<html lang="en">');
    expect(back.text).toContain('Library');
  });

  it('follows the browser language when nothing was chosen', async () => {
    const res = await request(ctx.app).get('/').set('Accept-Language', 'id-ID,id;q=0.9').expect(200);
    expect(res.text).toContain('<html lang="id">');
  });

  it('uses the Indonesian plural form for any count', async () => {
    const res = await request(ctx.app).get('/?lng=id').expect(200);
    expect(res.text).toContain('18 paragraf');
  });

  it('keeps a chosen language over the browser language, in an HttpOnly cookie', async () => {
    const agent = request.agent(ctx.app);
    const chosen = await agent.get('/?lng=en').set('Accept-Language', 'id').expect(200);
    expect(String(chosen.headers['set-cookie'])).toMatch(/lng=en;.*HttpOnly/i);
    const later = await agent.get('/').set('Accept-Language', 'id').expect(200);
    expect(later.text).toContain('<html lang="en">');
    expect(later.headers['set-cookie']).toBeUndefined();
  });

  it('ignores unknown languages', async () => {
    const res = await request(ctx.app).get('/?lng=xx').expect(200);
    expect(res.text).toContain('<html lang="en">');
  });
});
