import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERM } from '../../../src/core/glossary';
import { segmentDocument } from '../../../src/core/text/segment';
import { replaceTranslation } from '../../../src/editing/english-side';
import { importDocument } from '../../../src/import/import-document';
import { createTerm } from '../../../src/store/glossary';
import { MAX_LINKS_AT_ONCE } from '../../../src/learner/service';
import { makeTestApp, type TestContext } from '../../support/app';
import { postAs, signedInAgent, type SignedIn } from '../../support/auth';

describe("the learner's routes over HTTP", () => {
  let ctx: TestContext;
  let publicId: number;
  let privateId: number;
  let reader: SignedIn;
  let other: SignedIn;

  beforeAll(async () => {
    ctx = await makeTestApp();
    publicId = await importDocument(ctx.db, { title: 'Berita', source: 'Kota itu diserang kemarin.', translation: 'The city was attacked yesterday.' }, ctx.config);
    privateId = await importDocument(ctx.db, { title: 'Rahasia', source: 'Sandi rahasia Nightjar.', translation: 'The secret codeword Nightjar.', visibility: 'private' }, ctx.config);
    reader = await signedInAgent(ctx);
    other = await signedInAgent(ctx);
  });
  afterAll(() => ctx.close());

  it("explains a link's words to anyone who may read the document", async () => {
    const res = await request(ctx.app).get(`/documents/${publicId}/words/0`).expect(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const diserang = res.body.source[0].words[2];
    expect(diserang).toMatchObject({ text: 'diserang', root: 'serang', build: 'di- + serang' });
    expect(res.body.links).toContainEqual([2, 3, 0.9, 'lexicon']);
    expect(res.body.threshold).toBe(0.5);
  });

  it('explains a link again once its document or the glossary changed, not as it was kept', async () => {
    const id = await importDocument(ctx.db, { title: 'Kebun', source: 'Kucing itu tidur.', translation: 'The cat sleeps.' }, ctx.config);
    const words = async () => (await request(ctx.app).get(`/documents/${id}/words/0`).expect(200)).body;
    expect((await words()).target[0].words.map((w: { text: string }) => w.text)).toEqual(['The', 'cat', 'sleeps']);
    await replaceTranslation(ctx.db, id, segmentDocument('The cat is asleep.', 'en'), null);
    const edited = await words();
    expect(edited.target[0].words.map((w: { text: string }) => w.text)).toEqual(['The', 'cat', 'is', 'asleep']);
    expect(edited.source[0].words[0].glossary).toEqual([]);
    await createTerm(ctx.db, { ...DEFAULT_TERM, source: 'kucing', targets: ['cat'] });
    expect((await words()).source[0].words[0].glossary).toEqual([{ source: 'kucing', targets: ['cat'] }]);
  });

  it("answers a private document's words only to signed-in readers, and unknown links with 404", async () => {
    const hidden = await request(ctx.app).get(`/documents/${privateId}/words/0`).expect(404);
    expect(hidden.text).not.toContain('Nightjar');
    await reader.agent.get(`/documents/${privateId}/words/0`).expect(200);
    await request(ctx.app).get(`/documents/${publicId}/words/7`).expect(404);
    await request(ctx.app).get(`/documents/${publicId}/words/-1`).expect(404);
    await request(ctx.app).get(`/documents/${publicId}/words/1e3`).expect(404);
  });

  it('explains a range of links in one answer, as the one-link answer does, and refuses a range too long or malformed in both languages', async () => {
    const doc = await importDocument(ctx.db, { title: 'Dua', source: 'Kota itu diserang. Mereka menyerang kota.', translation: 'The city was attacked. They attack the city.' }, ctx.config);
    const res = await request(ctx.app).get(`/documents/${doc}/words?from=0&to=9`).expect(200);
    expect(Object.keys(res.body.links)).toEqual(['0', '1']);
    for (const link of ['0', '1']) expect(res.body.links[link]).toEqual((await request(ctx.app).get(`/documents/${doc}/words/${link}`).expect(200)).body);
    expect(res.body.links['1'].source[0].words[1]).toMatchObject({ text: 'menyerang', root: 'serang' });
    expect((await request(ctx.app).get(`/documents/${doc}/words?from=5&to=9`).expect(200)).body).toEqual({ links: {} });

    const long = await request(ctx.app).get(`/documents/${doc}/words?from=0&to=${MAX_LINKS_AT_ONCE}`).set('Accept', 'application/json').expect(400);
    expect(JSON.stringify(long.body)).toContain(`1 to ${MAX_LINKS_AT_ONCE} sentence links`);
    const id = await request(ctx.app).get(`/documents/${doc}/words?from=3&to=2`).set('Accept', 'application/json').set('Cookie', 'lng=id').expect(400);
    expect(JSON.stringify(id.body)).toContain(`1 sampai ${MAX_LINKS_AT_ONCE} tautan`);
    await request(ctx.app).get(`/documents/${doc}/words?from=x&to=2`).expect(400);
    await request(ctx.app).get(`/documents/${privateId}/words?from=0&to=1`).expect(404);
  });

  it("lists a document's roots once each, for those who may read it", async () => {
    const res = await request(ctx.app).get(`/documents/${publicId}/vocabulary`).expect(200);
    expect(res.body.roots).toEqual(['itu', 'kemarin', 'kota', 'serang']);
    await request(ctx.app).get(`/documents/${privateId}/vocabulary`).expect(404);
    expect((await reader.agent.get(`/documents/${privateId}/vocabulary`).expect(200)).body.roots).toContain('rahasia');
  });

  it("keeps each reader's statuses apart; merging keeps what the account has", async () => {
    await postAs(reader, '/learn/statuses').send({ statuses: { serang: 'known', kota: 'learning' } }).expect(200);
    await postAs(reader, '/learn/statuses').send({ statuses: { serang: 'new', baru: 'ignored' }, mode: 'merge' }).expect(200);
    expect((await reader.agent.get('/learn/statuses').expect(200)).body).toEqual({ statuses: { serang: 'known', kota: 'learning', baru: 'ignored' } });
    expect((await other.agent.get('/learn/statuses').expect(200)).body).toEqual({ statuses: {} });
  });

  it('refuses bad statuses whole, in the reader’s language, and anonymous or forged writes', async () => {
    const bad = await postAs(reader, '/learn/statuses').set('Accept-Language', 'id').send({ statuses: { rumah: 'known', kota: 'mastered' } }).expect(400);
    expect(bad.text).toContain('Setiap status harus');
    expect((await reader.agent.get('/learn/statuses')).body.statuses.rumah).toBeUndefined();
    await reader.agent.post('/learn/statuses').send({ statuses: { rumah: 'known' } }).expect(403);
    const anonymous = await request(ctx.app).post('/learn/statuses').send({ statuses: { rumah: 'known' } }).expect(303);
    expect(anonymous.headers.location).toMatch(/^\/signin/);
    await request(ctx.app).get('/learn/statuses').expect(401);
  });

  it("saves a word with its sentence pair as stored, for the reader's export only", async () => {
    await postAs(reader, `/documents/${publicId}/words/0/save`).send({ word: 'diserang' }).expect(200);
    await postAs(reader, `/documents/${publicId}/words/0/save`).send({ word: 'diserang' }).expect(200);
    await postAs(reader, `/documents/${publicId}/words/0/save`).send({ word: 'Nightjar' }).expect(400);
    await postAs(reader, `/documents/${privateId}/words/0/save`).send({ word: 'Sandi' }).expect(200);

    const tsv = (await reader.agent.get('/learn/saved.tsv').expect(200)).text;
    const notes = tsv.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(notes).toEqual(['diserang\tserang\tKota itu diserang kemarin.\tThe city was attacked yesterday.\tBerita', 'Sandi\tsandi\tSandi rahasia Nightjar.\tThe secret codeword Nightjar.\tRahasia']);
    expect((await other.agent.get('/learn/saved.tsv').expect(200)).text).not.toContain('diserang');
    await request(ctx.app).get('/learn/saved.tsv').expect(401);

    const page = await reader.agent.get('/learn/saved').expect(200);
    expect(page.text).toContain('Kota itu diserang kemarin.');
    const id = /\/learn\/saved\/(\d+)\/delete/.exec(page.text)![1];
    await postAs(other, `/learn/saved/${id}/delete`).expect(404);
    await postAs(reader, `/learn/saved/${id}/delete`).expect(303);
    expect((await reader.agent.get('/learn/saved.tsv')).text).not.toContain('diserang');
  });

  it('escapes saved text on the printable list', async () => {
    const doc = await importDocument(ctx.db, { title: '<b>judul</b>', source: 'Kata <script>alert(1)</script> itu.', translation: 'The word.' }, ctx.config);
    await postAs(reader, `/documents/${doc}/words/0/save`).send({ word: 'Kata' }).expect(200);
    const page = await reader.agent.get('/learn/saved').expect(200);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).not.toContain('<b>judul</b>');
  });
});
