import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorApp, FIXTURE } from '../../support/edit-fixture';

interface Sentence {
  id: number;
  text: string;
  version: number;
}

describe('Indonesian corrections API', () => {
  let ctx: TestContext;
  let app: Express;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx, 'sari'));
  });
  afterAll(() => ctx.close());

  async function importDocument(visibility: 'public' | 'private' = 'public'): Promise<{ id: number; source: Sentence[] }> {
    const created = await request(app).post('/api/documents').send({ ...FIXTURE, visibility }).expect(201);
    return { id: created.body.id, source: await sourceOf(created.body.id) };
  }
  async function sourceOf(id: number): Promise<Sentence[]> {
    const doc = await request(app).get(`/api/documents/${id}`).expect(200);
    return doc.body.source.flatMap((p: { sentences: Sentence[] }) => p.sentences);
  }

  it('corrects a sentence, splits it at a typed line break, and shows both in the history and the document', async () => {
    const { id, source } = await importDocument();
    const saved = await request(app).put(`/api/source-sentences/${source[2].id}`).send({ text: 'Pasar tetap\nramai sekali.', version: 1 }).expect(200);
    expect(saved.body.sentences.map((s: Sentence) => [s.text, s.version])).toEqual([
      ['Pasar tetap', 2],
      ['ramai sekali.', 1],
    ]);
    expect((await sourceOf(id)).map((s) => s.text)).toEqual(['Hujan turun sejak pagi.', 'Jalan-jalan di kota basah.', 'Pasar tetap', 'ramai sekali.', 'Pedagang menjual sayur dan buah.']);
    const history = await request(app).get(`/api/segments/${source[2].id}/revisions`).expect(200);
    expect(history.body.revisions.map((r: { text: string; author: string | null }) => [r.text, r.author])).toEqual([
      ['Pasar tetap', 'sari'],
      ['Pasar tetap ramai.', null],
    ]);
    // Anonymous readers of a public document see the history without the authors' names.
    const anonymous = await request(ctx.app).get(`/api/segments/${source[2].id}/revisions`).expect(200);
    expect(anonymous.body.revisions[0].author).toBeNull();
  });

  it('joins two sentences and answers a stale version with 409 and who saved', async () => {
    const { id, source } = await importDocument();
    await request(app).post(`/api/source-sentences/${source[0].id}/join`).send({ version: 1, nextVersion: 1 }).expect(200);
    expect((await sourceOf(id))[0].text).toBe('Hujan turun sejak pagi. Jalan-jalan di kota basah.');
    const stale = await request(app).put(`/api/source-sentences/${source[0].id}`).send({ text: 'Hujan.', version: 1 }).expect(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.current).toMatchObject({ version: 2, savedBy: 'sari' });
    const last = await request(app).post(`/api/source-sentences/${source[3].id}/join`).send({ version: 1 }).expect(400);
    expect(last.body.error.code).toBe('no_next_sentence');
  });

  it('refuses anonymous corrections, hides a private document, and speaks Indonesian when asked', async () => {
    const { source } = await importDocument('private');
    await request(ctx.app).put(`/api/source-sentences/${source[0].id}`).send({ text: 'Hujan.', version: 1 }).expect(401);
    await request(ctx.app).get(`/api/segments/${source[0].id}/revisions`).expect(404);
    await request(app).put('/api/source-sentences/999999').send({ text: 'Hujan.', version: 1 }).expect(404);
    const empty = await request(app).put(`/api/source-sentences/${source[0].id}?lng=id`).send({ text: '  ', version: 1 }).expect(400);
    expect(empty.body.error).toEqual({ code: 'source_text_empty', message: 'Teks Indonesia kosong.' });
    // An English sentence is not an Indonesian one.
    const doc = await request(app).get(`/api/documents/${(await importDocument()).id}`).expect(200);
    const english = doc.body.translation[0].sentences[0];
    await request(app).put(`/api/source-sentences/${english.id}`).send({ text: 'x', version: 1 }).expect(404);
  });
});
