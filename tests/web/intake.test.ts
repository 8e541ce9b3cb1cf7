import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments, getDocument } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';

/** A TMX file of `units` translation units; `title` goes into Sejajar's own title prop. */
function tmx(units: number, title?: string): string {
  const props = title === undefined ? '' : `<prop type="x-sejajar-title">${title}</prop>`;
  const tu = (i: number) => `<tu><tuv xml:lang="id"><seg>Kalimat ${i}.</seg></tuv><tuv xml:lang="en"><seg>Sentence ${i}.</seg></tuv></tu>`;
  return `<?xml version="1.0"?><tmx version="1.4"><header srclang="id" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext">${props}</header><body>${Array.from({ length: units }, (_, i) => tu(i)).join('')}</body></tmx>`;
}

const BELL = '\u0007';

describe('one intake and one set of limits at every entry point', () => {
  let ctx: TestContext;
  let auth: string;
  let documentId: number;
  beforeAll(async () => {
    ctx = await makeTestApp({ env: { MAX_PARAGRAPHS: '500' } });
    auth = `Bearer ${await apiToken(ctx)}`;
    const res = await request(ctx.app).post('/api/documents').set('Authorization', auth).send({ source: 'Satu.\n\nDua.', translation: 'One.\n\nTwo.' }).expect(201);
    documentId = res.body.id;
  });
  afterAll(() => ctx.close());

  const postTmx = (xml: string, query = '') =>
    request(ctx.app).post(`/api/documents/tmx${query}`).set('Authorization', auth).set('Content-Type', 'application/xml').send(xml);

  it('refuses a TMX file with more paragraphs than the limit, and stores nothing', async () => {
    const before = await countDocuments(ctx.db);
    const res = await postTmx(tmx(501));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_many_paragraphs');
    expect(await countDocuments(ctx.db)).toBe(before);
  });

  it('applies the title rule to TMX imports: a long title from the file or the request is refused', async () => {
    const fromFile = await postTmx(tmx(2, 'j'.repeat(5000)));
    expect(fromFile.status).toBe(400);
    expect(fromFile.body.error.code).toBe('title_too_long');
    const fromQuery = await postTmx(tmx(2), `?title=${'j'.repeat(301)}`);
    expect(fromQuery.status).toBe(400);
    expect(fromQuery.body.error.code).toBe('title_too_long');
  });

  it('imports TMX privately when asked, with its creator', async () => {
    const res = await postTmx(tmx(2), '?visibility=private&title=Rahasia').expect(201);
    const detail = await getDocument(ctx.db, res.body.id);
    expect(detail?.document.visibility).toBe('private');
    expect(detail?.document.created_by).not.toBeNull();
    await request(ctx.app).get(`/api/documents/${res.body.id}`).expect(404);
    await postTmx(tmx(2), '?visibility=secret').expect(400);
  });

  it('cleans control characters out of TMX units, character references included', async () => {
    const xml = tmx(1).replace('Kalimat 0.', 'Kali&#7;mat 0.').replace('Sentence 0.', `Sen${BELL}tence 0.`);
    const res = await postTmx(xml).expect(201);
    const detail = await getDocument(ctx.db, res.body.id);
    expect(detail?.source[0].text).toBe('Kalimat 0.');
    expect(detail?.translation[0].text).toBe('Sentence 0.');
  });

  it('refuses a replacement English side with more paragraphs than the limit, and keeps the old one', async () => {
    const many = Array.from({ length: 501 }, (_, i) => `Line ${i}.`).join('\n\n');
    const res = await request(ctx.app).put(`/api/documents/${documentId}/translation`).set('Authorization', auth).send({ translation: many });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_many_paragraphs');
    expect((await getDocument(ctx.db, documentId))?.translation.map((p) => p.text)).toEqual(['One.', 'Two.']);
  });

  it('cleans control characters from a replacement English side, a segment save and a paragraph save', async () => {
    await request(ctx.app).put(`/api/documents/${documentId}/translation`).set('Authorization', auth).send({ translation: `On${BELL}e.\n\nTwo.` }).expect(200);
    let detail = (await getDocument(ctx.db, documentId))!;
    expect(detail.translation[0].text).toBe('One.');

    const segment = detail.translation[1].sentences[0];
    await request(ctx.app).put(`/api/segments/${segment.id}`).set('Authorization', auth).send({ text: `Tw${BELL}o!`, version: segment.version }).expect(200);
    detail = (await getDocument(ctx.db, documentId))!;
    expect(detail.translation[1].sentences[0].text).toBe('Two!');

    const paragraph = detail.translation[0];
    const versions = paragraph.sentences.map((s) => s.version);
    await request(ctx.app).put(`/api/paragraphs/${paragraph.id}`).set('Authorization', auth).send({ text: `Un${BELL}o.`, versions }).expect(200);
    detail = (await getDocument(ctx.db, documentId))!;
    expect(detail.translation[0].text).toBe('Uno.');
    expect(JSON.stringify(detail)).not.toContain(BELL);
  });

  it('says what a field should have held: a number is not reported as "must be text"', async () => {
    const segment = (await getDocument(ctx.db, documentId))!.translation[0].sentences[0];
    const res = await request(ctx.app).put(`/api/segments/${segment.id}`).set('Authorization', auth).send({ text: 'x', version: 1.5 }).expect(400);
    expect(res.body.error.code).toBe('invalid_field');
    expect(res.body.error.message).toBe('The field "version" must be a whole number.');
    const id = await request(ctx.app).put(`/api/segments/${segment.id}?lng=id`).set('Authorization', auth).send({ text: 'x', version: 'satu' }).expect(400);
    expect(id.body.error.message).toBe('Isian "version" harus berupa bilangan bulat.');
  });
});
