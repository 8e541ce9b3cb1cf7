import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../../support/auth';

describe('library search and translation memory over HTTP', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    token = await apiToken(ctx);
    const add = (body: object) => request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send(body).expect(201);
    await add({ title: 'Berita serangan', source: 'Pasukan itu menyerang kota <b>lama</b>.', translation: 'The troops attacked the old <b>town</b>.' });
    await add({ title: 'Catatan rahasia', source: 'Kota itu diserang pada malam hari.', translation: 'The town was attacked at night.', visibility: 'private' });
  });
  afterAll(() => ctx.close());

  it('answers a root search as a concordance page, the hit and its partner marked and escaped', async () => {
    const page = await request(ctx.app).get('/search').query({ q: 'serang' }).expect(200);
    expect(page.text).toContain('Pasukan itu <mark>menyerang</mark> kota &lt;b&gt;lama&lt;/b&gt;.');
    expect(page.text).toContain('The troops <mark>attacked</mark> the old &lt;b&gt;town&lt;/b&gt;.');
    expect(page.text).not.toContain('<b>');
    expect(page.text).not.toContain('Catatan rahasia');
    expect(page.text).toContain('href="/documents/1#id-0"');
  });

  it('shows private documents to signed-in users only, in the page and the API', async () => {
    const page = await editor.agent.get('/search').query({ q: 'serang' }).expect(200);
    expect(page.text).toContain('Kota itu <mark>diserang</mark> pada malam hari.');
    const anonymous = await request(ctx.app).get('/api/search').query({ q: 'diserang' }).expect(200);
    expect(anonymous.body.hits.map((h: { title: string }) => h.title)).toEqual(['Berita serangan']);
    const withToken = await request(ctx.app).get('/api/search').query({ q: 'attack', lang: 'en' }).set('Authorization', `Bearer ${token}`).expect(200);
    expect(withToken.body.hits.map((h: { title: string }) => h.title)).toEqual(['Berita serangan', 'Catatan rahasia']);
  });

  it('refuses a malformed search with a message in the interface language and stores nothing', async () => {
    const page = await request(ctx.app).get('/search').query({ q: '-kota', lng: 'id' }).expect(400);
    expect(page.text).toContain('Sebutkan paling sedikit satu kata yang dicari');
    const api = await request(ctx.app).get('/api/search').query({ q: 'x'.repeat(201) }).expect(400);
    expect(api.body.error.code).toBe('too_long');
    // Quotes, operators and brackets never reach the engines' syntax.
    const odd = await request(ctx.app).get('/api/search').query({ q: 'kota" ( * ) : ^ {} -' }).expect(200);
    expect(odd.body.hits.length).toBeGreaterThan(0);
  });

  it('offers memory matches only from reviewed pairs', async () => {
    const none = await editor.agent.get('/api/memory').query({ q: 'Pasukan itu menyerang kota baru.' }).expect(200);
    expect(none.body.offers).toEqual([]);
    const english = await request(ctx.app).get('/api/documents/1').expect(200);
    const segment = english.body.translation[0].sentences[0];
    await editor.agent
      .put(`/api/segments/${segment.id}`)
      .set('x-csrf-token', editor.csrf)
      .send({ text: segment.text, version: segment.version, status: 'reviewed' })
      .expect(200);
    const offers = await editor.agent.get('/api/memory').query({ q: 'Pasukan itu menyerang kota baru.' }).expect(200);
    expect(offers.body.offers).toMatchObject([{ score: 57, target: 'The troops attacked the old <b>town</b>.', title: 'Berita serangan' }]);
    await request(ctx.app).get('/api/memory').query({ q: '' }).expect(400);
  });
});

describe('finding inside one document', () => {
  let ctx: TestContext;
  let token: string;
  let publicId: number;
  let privateId: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    token = await apiToken(ctx);
    const add = async (body: object) => (await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send(body).expect(201)).body.id as number;
    publicId = await add({ title: 'Dua serangan', source: 'Hujan turun.\n\nMereka menyerang.\n\nKota diserang lagi.', translation: 'Rain fell.\n\nThey attacked.\n\nThe town was attacked again.' });
    privateId = await add({ title: 'Rahasia', source: 'Mereka menyerang.', translation: 'They attacked.', visibility: 'private' });
  });
  afterAll(() => ctx.close());

  it('answers the positions of the matching sentences of that document only', async () => {
    const found = await request(ctx.app).get(`/documents/${publicId}/search`).query({ q: 'serangan' }).set('Accept', 'application/json').expect(200);
    expect(found.body).toEqual({ lang: 'id', positions: [1, 2] });
    const english = await request(ctx.app).get(`/documents/${publicId}/search`).query({ q: 'attacks', lang: 'en' }).set('Accept', 'application/json').expect(200);
    expect(english.body).toEqual({ lang: 'en', positions: [1, 2] });
  });

  it('names the edit page\'s passage of each hit when asked for the editor, which renders its passages in parts', async () => {
    const id = (
      await request(ctx.app)
        .post('/api/documents')
        .set('Authorization', `Bearer ${token}`)
        .send({ source: 'Hujan turun. Angin bertiup.\n\nMereka menyerang.\n\nKota diserang lagi.', translation: 'Rain fell. The wind blew.\n\nThey attacked.\n\nThe town was attacked again.' })
        .expect(201)
    ).body.id;
    const ask = (query: object) => request(ctx.app).get(`/documents/${id}/search`).query(query).set('Accept', 'application/json').expect(200);
    expect((await ask({ q: 'serang', in: 'edit' })).body).toEqual({ lang: 'id', positions: [2, 3], passages: [1, 2] });
    expect((await ask({ q: 'attack', lang: 'en', in: 'edit' })).body).toEqual({ lang: 'en', positions: [2, 3], passages: [1, 2] });
    expect((await ask({ q: 'angin', in: 'edit' })).body).toEqual({ lang: 'id', positions: [1], passages: [0] });
    expect((await ask({ q: 'serang' })).body).toEqual({ lang: 'id', positions: [2, 3] });
  });

  it('shows the document concordance without the script, and hides private documents exactly as missing ones', async () => {
    const page = await request(ctx.app).get(`/documents/${publicId}/search`).query({ q: 'serang' }).expect(200);
    expect(page.text).toContain('Mereka <mark>menyerang</mark>.');
    expect(page.text).toContain(`action="/documents/${publicId}/search"`);
    await request(ctx.app).get(`/documents/${privateId}/search`).query({ q: 'serang' }).set('Accept', 'application/json').expect(404);
    await request(ctx.app).get('/documents/99999/search').query({ q: 'serang' }).set('Accept', 'application/json').expect(404);
    const editor = await signedInAgent(ctx);
    await editor.agent.get(`/documents/${privateId}/search`).query({ q: 'serang' }).set('Accept', 'application/json').expect(200);
  });
});

describe('post-editing effort over HTTP', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await makeTestApp();
  });
  afterAll(() => ctx.close());

  it('answers a document’s effort, and 404 for a hidden document as for a missing one', async () => {
    const token = await apiToken(ctx);
    const add = async (body: object) => (await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send(body).expect(201)).body.id as number;
    const open = await add({ title: 'Terbuka', source: 'Hujan turun.', translation: 'Rain fell.' });
    const hidden = await add({ title: 'Rahasia', source: 'Hujan turun.', translation: 'Rain fell.', visibility: 'private' });
    // English a person wrote has no machine text: nothing to measure yet.
    const effort = await request(ctx.app).get(`/api/documents/${open}/effort`).expect(200);
    expect(effort.body).toEqual({ sentences: 0, edited: 0, machineWords: 0, wordsChanged: 0, percentChanged: 0, editors: [] });
    await request(ctx.app).get(`/api/documents/${hidden}/effort`).expect(404);
    await request(ctx.app).get('/api/documents/99999/effort').expect(404);
    await request(ctx.app).get(`/api/documents/${hidden}/effort`).set('Authorization', `Bearer ${token}`).expect(200);
  });
});
