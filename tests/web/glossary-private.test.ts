import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../support/auth';
import { textBody } from '../support/text-body';

/** A term scoped to a private document exists, like the document, for signed-in users only. */
describe('glossary terms of private documents', () => {
  let ctx: TestContext;
  let auth: string;
  let privateId: number;
  let publicId: number;
  let secretTermId: number;
  let signedIn: SignedIn;

  const anonymous = () => request(ctx.app);
  const editor = (path: string) => signedIn.agent.get(path);

  beforeAll(async () => {
    ctx = await makeTestApp();
    auth = `Bearer ${await apiToken(ctx)}`;
    signedIn = await signedInAgent(ctx);
    const document = async (title: string, visibility: string) =>
      (await request(ctx.app).post('/api/documents').set('Authorization', auth).send({ title, source: 'Rapat besok pagi.', visibility }).expect(201)).body.id as number;
    privateId = await document('Catatan rahasia', 'private');
    publicId = await document('Berita umum', 'public');
    const term = (body: object) => request(ctx.app).post('/api/glossary').set('Authorization', auth).send(body).expect(201);
    secretTermId = (await term({ source: 'rapat rahasia', targets: ['secret meeting'], note: 'codeword Nightjar', documentId: privateId })).body.term.id;
    await term({ source: 'rapat umum', targets: ['public meeting'], documentId: publicId });
    await term({ source: 'rapat', targets: ['meeting'] });
  });
  afterAll(() => ctx.close());

  const SECRETS = ['rapat rahasia', 'secret meeting', 'Nightjar', 'Catatan rahasia'];
  const expectNoSecret = (text: string) => {
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  };

  it('leaves them out of the glossary page, its search and its scope list for anonymous visitors', async () => {
    const page = await anonymous().get('/glossary').expect(200);
    expect(page.text).toContain('rapat umum');
    expectNoSecret(page.text);
    expectNoSecret((await anonymous().get('/glossary?q=rahasia').expect(200)).text);
    expectNoSecret((await anonymous().get('/glossary?q=secret').expect(200)).text);
  });

  it('leaves them out of the API list and its search, and hides the term itself', async () => {
    const list = await anonymous().get('/api/glossary').expect(200);
    expect(list.body.terms.map((t: { source: string }) => t.source).sort()).toEqual(['rapat', 'rapat umum']);
    expect((await anonymous().get('/api/glossary?q=secret').expect(200)).body.terms).toEqual([]);
    await anonymous().get(`/api/glossary/${secretTermId}`).expect(404);
  });

  it('answers a private scope exactly as a missing one: no confirmation that the id exists', async () => {
    for (const path of ['/api/glossary', '/glossary', '/glossary/export.csv', '/glossary/export.tbx']) {
      const hidden = await anonymous().get(`${path}?scope=${privateId}`);
      const missing = await anonymous().get(`${path}?scope=999999`);
      expect([hidden.status, missing.status], path).toEqual([404, 404]);
      expect(hidden.body, path).toEqual(missing.body);
    }
    const own = await anonymous().get(`/api/glossary?scope=${publicId}`).expect(200);
    expect(own.body.terms.map((t: { source: string }) => t.source)).toEqual(['rapat umum']);
  });

  it('leaves them out of the CSV and TBX downloads', async () => {
    for (const format of ['csv', 'tbx']) {
      const file = await anonymous().get(`/glossary/export.${format}`).buffer(true).parse(textBody).expect(200);
      expect(file.body).toContain('rapat umum');
      expectNoSecret(file.body as string);
    }
  });

  it('shows them to a signed-in user everywhere', async () => {
    expect((await editor('/glossary').expect(200)).text).toContain('secret meeting');
    expect((await editor(`/api/glossary?scope=${privateId}`).expect(200)).body.terms[0]).toMatchObject({ source: 'rapat rahasia', note: 'codeword Nightjar' });
    expect((await editor(`/api/glossary/${secretTermId}`).expect(200)).body.term.documentId).toBe(privateId);
    const csv = await editor('/glossary/export.csv').buffer(true).parse(textBody).expect(200);
    expect(csv.body).toContain('rapat rahasia');
  });
});
