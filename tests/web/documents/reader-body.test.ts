import type { Express, Request } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlossaryService } from '../../../src/glossary/service';
import { ReaderBodies } from '../../../src/web/documents/reader-body';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorApp, englishOf, importFixture } from '../../support/edit-fixture';

/** The reader page keeps its columns between visits; every change must still show at once. */
describe('reader page after changes', () => {
  let ctx: TestContext;
  let app: Express;
  let id: number;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx));
    ({ id } = await importFixture(app));
  });
  afterAll(() => ctx.close());

  const page = async (query = '') => (await request(app).get(`/documents/${id}${query}`).expect(200)).text;
  const rowCount = (html: string) => html.match(/<section class="row/g)?.length ?? 0;

  it('shows a saved sentence on the next visit', async () => {
    expect(await page()).toContain('The market stays busy.');
    const [, , market] = await englishOf(app, id);
    await request(app).put(`/api/segments/${market!.id}`).send({ text: 'The market is crowded.', version: market!.version }).expect(200);
    const after = await page();
    expect(after).toContain('The market is crowded.');
    expect(after).not.toContain('The market stays busy.');
  });

  it('shows a paragraph link change on the next visit', async () => {
    expect(rowCount(await page())).toBe(2);
    await request(app).post(`/api/documents/${id}/alignment`).send({ level: 'paragraph', op: 'merge', index: 0 }).expect(200);
    expect(rowCount(await page())).toBe(1);
    await request(app).post(`/api/documents/${id}/alignment/undo`).expect(200);
    expect(rowCount(await page())).toBe(2);
  });

  it('marks a term added to the glossary on the next visit', async () => {
    expect(await page()).not.toContain('<mark class="term"');
    await request(app).post('/api/glossary').send({ source: 'pasar', targets: ['market'] }).expect(201);
    const after = await page();
    expect(after).toMatch(/<mark class="term"[^>]*>Pasar<\/mark>/);
    expect(after).toMatch(/<mark class="term"[^>]*>market<\/mark>/);
  });

  it('keeps one version per interface language', async () => {
    const indonesian = await page('?lng=id');
    const english = await page('?lng=en');
    expect(indonesian).toContain('<div lang="en">Bahasa Inggris</div>');
    expect(english).toContain('<div lang="en">English</div>');
    expect(english).not.toContain('Bahasa Inggris');
  });
});

describe('ReaderBodies', () => {
  let ctx: TestContext;
  let ids: number[];
  beforeAll(async () => {
    ctx = await makeTestApp();
    const { app } = await editorApp(ctx);
    ids = [(await importFixture(app)).id, (await importFixture(app)).id];
  });
  afterAll(() => ctx.close());

  // What ReaderBodies reads of a request: the app (to render views) and the interface language.
  const requestFor = () => ({ app: ctx.app, language: 'en', t: (key: string) => key }) as unknown as Request;

  it('gives the kept body while nothing changed', async () => {
    const bodies = new ReaderBodies(ctx.db, new GlossaryService(ctx.db));
    const first = await bodies.get(requestFor(), ids[0]!);
    expect(await bodies.get(requestFor(), ids[0]!)).toBe(first);
  });

  it('renders once for visitors arriving together', async () => {
    const bodies = new ReaderBodies(ctx.db, new GlossaryService(ctx.db));
    const together = await Promise.all(Array.from({ length: 5 }, () => bodies.get(requestFor(), ids[1]!)));
    for (const body of together) expect(body).toBe(together[0]);
  });

  it('drops the least recently used body beyond its size', async () => {
    const bodies = new ReaderBodies(ctx.db, new GlossaryService(ctx.db), 1);
    const first = await bodies.get(requestFor(), ids[0]!);
    await bodies.get(requestFor(), ids[1]!);
    const again = await bodies.get(requestFor(), ids[0]!);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('reader columns of a long document', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await makeTestApp();
  });
  afterAll(() => ctx.close());

  it('renders every passage once, in order, under one column head, across the slices it is rendered in', async () => {
    const count = 257;
    const { app } = await editorApp(ctx);
    const res = await request(app)
      .post('/api/documents')
      .send({
        title: 'Panjang',
        source: Array.from({ length: count }, (_, i) => `Kalimat nomor ${i + 1}.`).join('\n\n'),
        translation: Array.from({ length: count }, (_, i) => `Sentence number ${i + 1}.`).join('\n\n'),
      })
      .expect(201);
    const html = (await request(app).get(`/documents/${res.body.id}`).expect(200)).text;
    expect(html.match(/class="columns-head"/g)).toHaveLength(1);
    const rows = [...html.matchAll(/<section class="row[^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...Array(count).keys()]);
    const numbers = [...html.matchAll(/Sentence number (\d+)\./g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });
});
