import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTmx } from '../../../src/core/exchange/index';
import { saveSegment } from '../../../src/editing/segment';
import { sideSentences } from '../../../src/store/sentences';
import { makeTestApp, type TestContext } from '../../support/app';
import { postAs, signedInAgent, type SignedIn } from '../../support/auth';
import { insertSentencePairs } from '../../support/sentence-pairs';

/** A document with human English, the first `reviewed` of its pairs marked reviewed. */
async function documentWithReviews(ctx: TestContext, title: string, pairs: [string, string][], reviewed: number, visibility: 'public' | 'private' = 'public') {
  const id = await insertSentencePairs(ctx.db, title, pairs, { origin: 'human', visibility });
  for (const s of (await sideSentences(ctx.db, id, 'en')).slice(0, reviewed)) {
    await saveSegment(ctx.db, { sentenceId: s.id, text: s.text, version: s.version, status: 'reviewed' }, 'sari');
  }
  return id;
}

const unitsOf = (xml: string) => parseTmx(xml).units.map((u) => [u.source, u.target]);

describe('the library’s reviewed pairs as one TMX', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let open: number;
  let hidden: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    open = await documentWithReviews(ctx, 'Cuaca', [['Hujan turun deras.', 'The rain fell hard.'], ['Pasar <b>ramai</b>.', 'The market is busy.']], 2);
    await documentWithReviews(ctx, 'Draf', [['Kota itu sepi.', 'The town is quiet.']], 0);
    hidden = await documentWithReviews(ctx, 'Rahasia', [['Rapat ditunda.', 'The meeting was postponed.']], 1, 'private');
  });
  afterAll(() => ctx.close());

  it('holds the reviewed pairs of the documents the viewer may see, text escaped, and reads back', async () => {
    const anonymous = await request(ctx.app).get('/memory.tmx').expect(200);
    expect(anonymous.headers['content-type']).toContain('application/x-tmx+xml');
    expect(anonymous.headers['content-disposition']).toContain('memory.tmx');
    expect(anonymous.text).toContain('Pasar &lt;b&gt;ramai&lt;/b&gt;.');
    expect(unitsOf(anonymous.text)).toEqual([
      ['Hujan turun deras.', 'The rain fell hard.'],
      ['Pasar <b>ramai</b>.', 'The market is busy.'],
    ]);
    const signedIn = await editor.agent.get('/memory.tmx').expect(200);
    expect(unitsOf(signedIn.text)).toContainEqual(['Rapat ditunda.', 'The meeting was postponed.']);
    expect(unitsOf(signedIn.text)).toHaveLength(3);
  });

  it('takes a selection by document ids, leaving out hidden and missing ones', async () => {
    const selected = await request(ctx.app).get('/memory.tmx').query({ documents: `${hidden},99999` }).expect(200);
    expect(selected.text).toContain('<body');
    expect(selected.text).not.toContain('<tu ');
    const own = await editor.agent.get('/memory.tmx').query({ documents: `${hidden}, x` }).expect(200);
    expect(unitsOf(own.text)).toEqual([['Rapat ditunda.', 'The meeting was postponed.']]);
    expect(unitsOf((await request(ctx.app).get('/memory.tmx').query({ documents: String(open) }).expect(200)).text)).toHaveLength(2);
  });
});

const tmx = (units: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${units
    .map(([id, en]) => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`)
    .join('')}</body></tmx>`;

describe('a TMX file imported as memory only', () => {
  let ctx: TestContext;
  let editor: SignedIn;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
  });
  afterAll(() => ctx.close());

  const stored = async () => Number((await ctx.db.selectFrom('memory_pairs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const upload = (xml: string, query = '') => postAs(editor, `/memory/import${query}`).attach('tmx_file', Buffer.from(xml), 'kamus &lt;lama&gt;.tmx');

  it('stores the pairs with both sides for the memory look-up, not as a document, named by its file', async () => {
    const page = await upload(tmx([['Para petani menanam padi di sawah.', 'The farmers plant rice in the fields.'], ['Tanpa terjemahan.', ' ']])).expect(200);
    expect(page.text).toContain('1 pair was added to the memory.');
    expect(await stored()).toBe(1);
    expect((await ctx.db.selectFrom('documents').select('id').execute()).length).toBe(0);
    const anonymous = await request(ctx.app).get('/api/memory').query({ q: 'Para petani menanam jagung di sawah.' }).expect(200);
    expect(anonymous.body.offers).toEqual([]);
    const memory = await editor.agent.get('/api/memory').query({ q: 'Para petani menanam jagung di sawah.' }).expect(200);
    expect(memory.body.offers).toEqual([
      expect.objectContaining({ source: 'Para petani menanam padi di sawah.', target: 'The farmers plant rice in the fields.', documentId: null, title: 'kamus &lt;lama&gt;.tmx' }),
    ]);
    expect(memory.body.offers[0].score).toBeGreaterThanOrEqual(80);
  });

  it('refuses a bad file with a message in the interface language and stores nothing of it', async () => {
    const before = await stored();
    const broken = await upload('<tmx><body><tu>', '?lng=id').expect(400);
    expect(broken.text).toContain('Berkas ini bukan XML yang valid.');
    const empty = await upload(tmx([['Hanya bahasa Indonesia.', '']]), '?lng=en').expect(400);
    expect(empty.text).toContain('The TMX file has no unit with both Indonesian and English.');
    const anonymous = await request(ctx.app).post('/memory/import').attach('tmx_file', Buffer.from(tmx([['Satu.', 'One.']])), 'a.tmx').expect(303);
    expect(anonymous.headers.location).toMatch(/^\/signin/);
    expect(await stored()).toBe(before);
  });

  it('shows the form to signed-in users only, in both languages', async () => {
    expect((await request(ctx.app).get('/memory').expect(200)).text).not.toContain('name="tmx_file"');
    const page = await editor.agent.get('/memory').query({ lng: 'id' }).expect(200);
    expect(page.text).toContain('Impor berkas TMX sebagai memori');
    expect(page.text).toContain('name="tmx_file"');
  });
});

describe('a memory file over the size limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await makeTestApp({ env: { MAX_DOCUMENT_BYTES: '2048' } });
  });
  afterAll(() => ctx.close());

  it('is refused as too large in the interface language, and nothing is stored', async () => {
    const editor = await signedInAgent(ctx);
    const units: [string, string][] = Array.from({ length: 60 }, (_, i) => [`Kalimat nomor ${i} di sini.`, `Sentence number ${i} here.`]);
    const refused = await postAs(editor, '/memory/import?lng=id').attach('tmx_file', Buffer.from(tmx(units)), 'besar.tmx');
    expect(refused.status).toBe(413);
    expect(refused.text).toContain('id="memory-error"');
    expect(refused.text).toContain('Memori terjemahan');
    expect((await ctx.db.selectFrom('memory_pairs').select('id').execute()).length).toBe(0);
  });
});
