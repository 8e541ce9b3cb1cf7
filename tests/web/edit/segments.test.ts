import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorApp, englishOf, importFixture } from '../../support/edit-fixture';

describe('segment editing API', () => {
  let ctx: TestContext;
  let app: Express;
  let editor: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    let user;
    ({ app, user } = await editorApp(ctx));
    editor = user.name;
  });
  afterAll(() => ctx.close());

  it('saves a sentence, raises its version and records a revision', async () => {
    const { id, english } = await importFixture(app);
    const first = english[0];
    const res = await request(app).put(`/api/segments/${first.id}`).send({ text: 'Rain has been falling since morning.', version: first.version }).expect(200);
    expect(res.body.version).toBe(first.version + 1);
    expect(res.body.segment).toMatchObject({ text: 'Rain has been falling since morning.', status: 'draft' });
    expect((await englishOf(app, id))[0]).toMatchObject({ text: 'Rain has been falling since morning.', version: 2, origin: 'human' });

    const history = await request(app).get(`/api/segments/${first.id}/revisions`).expect(200);
    expect(history.body.revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    const latest = history.body.revisions[0];
    expect(latest.author).toBe(editor);
    expect(latest.diffPrevious).toContainEqual({ kind: 'added', text: 'been falling' });
    expect(latest.diffPrevious).toContainEqual({ kind: 'removed', text: 'the ' });
  });

  it('records the signed-in editor as the author, and refuses anonymous saves', async () => {
    const { english } = await importFixture(app);
    const { app: sari } = await editorApp(ctx, 'sari');
    await request(sari).put(`/api/segments/${english[0].id}`).send({ text: 'Rain since morning.', version: 1 }).expect(200);
    await request(ctx.app).put(`/api/segments/${english[0].id}`).send({ text: 'Anonymous.', version: 2 }).expect(401);
    const history = await request(app).get(`/api/segments/${english[0].id}/revisions`).expect(200);
    expect(history.body.revisions.map((r: { author: string | null }) => r.author)).toEqual(['sari', null]);
  });

  it('answers 409 with the current text and version when saving over a newer version', async () => {
    const { english } = await importFixture(app);
    const s = english[1];
    await request(app).put(`/api/segments/${s.id}`).send({ text: 'First editor wins.', version: s.version }).expect(200);
    const stale = await request(app).put(`/api/segments/${s.id}`).send({ text: 'Second editor.', version: s.version }).expect(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.current).toMatchObject({ id: s.id, text: 'First editor wins.', version: s.version + 1 });
    const after = await request(app).get(`/api/segments/${s.id}/revisions`).expect(200);
    expect(after.body.revisions).toHaveLength(2);
  });

  it('sets the reviewed status and counts it in the library progress', async () => {
    const { id, english } = await importFixture(app);
    const s = english[2];
    await request(app).put(`/api/segments/${s.id}`).send({ text: s.text, version: s.version, status: 'reviewed' }).expect(200);
    const list = await request(app).get('/api/documents').expect(200);
    const doc = list.body.documents.find((d: { id: number }) => d.id === id);
    expect(doc.progress).toEqual({ reviewed: 1, total: 4 });
    const page = await request(app).get('/').expect(200);
    expect(page.text).toContain('1 / 4');
  });

  it('answers a review as a status change, not a revision, and hides who reviewed from anonymous readers', async () => {
    const { english } = await importFixture(app);
    const s = english[1];
    await request(app).put(`/api/segments/${s.id}`).send({ text: s.text, version: s.version, status: 'reviewed' }).expect(200);
    const history = await request(app).get(`/api/segments/${s.id}/revisions`).expect(200);
    expect(history.body.revisions).toHaveLength(1);
    expect(history.body.statusChanges).toMatchObject([{ version: 2, before: 'draft', status: 'reviewed', author: editor }]);
    const anonymous = await request(ctx.app).get(`/api/segments/${s.id}/revisions`).expect(200);
    expect(anonymous.body.statusChanges[0].author).toBeNull();
  });

  it('reverts to an older revision by writing a new one', async () => {
    const { english } = await importFixture(app);
    const s = english[3];
    await request(app).put(`/api/segments/${s.id}`).send({ text: 'Traders sell greens.', version: 1 }).expect(200);
    const history = await request(app).get(`/api/segments/${s.id}/revisions`).expect(200);
    const original = history.body.revisions.find((r: { version: number }) => r.version === 1);
    const res = await request(app).post(`/api/segments/${s.id}/revert`).send({ revisionId: original.id, version: 2 }).expect(200);
    expect(res.body.segment).toMatchObject({ text: s.text, version: 3 });
    const after = await request(app).get(`/api/segments/${s.id}/revisions`).expect(200);
    expect(after.body.revisions.map((r: { text: string }) => r.text)).toEqual([s.text, 'Traders sell greens.', s.text]);
  });

  it('splits a save holding two sentences into two segments and re-aligns only that group', async () => {
    const { id, english } = await importFixture(app);
    const before = await request(app).get(`/api/documents/${id}/alignment`).expect(200);
    const s = english[2];
    const res = await request(app)
      .put(`/api/segments/${s.id}`)
      .send({ text: 'The market stays busy. Buyers crowd the stalls.', version: 1 })
      .expect(200);
    expect(res.body.added).toEqual([expect.objectContaining({ text: 'Buyers crowd the stalls.', version: 1 })]);
    const texts = (await englishOf(app, id)).map((x) => x.text);
    expect(texts).toEqual([english[0].text, english[1].text, 'The market stays busy.', 'Buyers crowd the stalls.', english[3].text]);
    const after = await request(app).get(`/api/documents/${id}/alignment`).expect(200);
    const firstGroup = (links: { source: number[]; target: number[] }[]) => links.filter((l) => l.source.some((u) => u < 2));
    expect(firstGroup(after.body.sentenceLinks)).toEqual(firstGroup(before.body.sentenceLinks));
    const targets = after.body.sentenceLinks.flatMap((l: { target: number[] }) => l.target);
    expect(targets).toEqual([0, 1, 2, 3, 4]);
  });

  it('rewrites a whole paragraph, keeping the revisions of sentences it drops', async () => {
    const { id, english } = await importFixture(app);
    const doc = await request(app).get(`/api/documents/${id}`).expect(200);
    const paragraphId = await ctx.db.selectFrom('paragraphs').select('id').where('document_id', '=', id).where('lang', '=', 'en').where('position', '=', 0).executeTakeFirstOrThrow();
    expect(doc.body.translation[0].sentences).toHaveLength(2);
    const res = await request(app)
      .put(`/api/paragraphs/${paragraphId.id}`)
      .send({ text: 'It has rained since morning and the town streets are wet.', versions: [1, 1] })
      .expect(200);
    expect(res.body.sentences).toHaveLength(1);
    const texts = (await englishOf(app, id)).map((x) => x.text);
    expect(texts).toEqual(['It has rained since morning and the town streets are wet.', english[2].text, english[3].text]);
    const retired = await ctx.db.selectFrom('retired_segments').selectAll().where('document_id', '=', id).execute();
    expect(retired.map((r) => r.sentence_id)).toEqual([english[1].id]);
    const kept = await ctx.db.selectFrom('segment_revisions').select('text').where('sentence_id', '=', english[1].id).execute();
    expect(kept.map((r) => r.text)).toEqual([english[1].text]);
    await request(app).put(`/api/paragraphs/${paragraphId.id}`).send({ text: 'Stale.', versions: [1, 1] }).expect(409);
  });

  it('rewrites a paragraph into more sentences and re-aligns its group', async () => {
    const { id, english } = await importFixture(app);
    const paragraph = await ctx.db.selectFrom('paragraphs').select('id').where('document_id', '=', id).where('lang', '=', 'en').where('position', '=', 1).executeTakeFirstOrThrow();
    const res = await request(app)
      .put(`/api/paragraphs/${paragraph.id}`)
      .send({ text: 'The market stays busy. Traders sell vegetables.\n\nThey also sell fruit.', versions: [1, 1] })
      .expect(200);
    expect(res.body.sentences.map((s: { text: string; version: number }) => [s.text, s.version])).toEqual([
      ['The market stays busy.', 1],
      ['Traders sell vegetables.', 2],
      ['They also sell fruit.', 1],
    ]);
    expect((await englishOf(app, id)).map((s) => s.id).slice(0, 4)).toEqual(english.map((s) => s.id));
    const align = await request(app).get(`/api/documents/${id}/alignment`).expect(200);
    expect(align.body.sentenceLinks.flatMap((l: { target: number[] }) => l.target)).toEqual([0, 1, 2, 3, 4]);
    expect(align.body.sentenceLinks.slice(0, 2)).toEqual([
      expect.objectContaining({ source: [0], target: [0] }),
      expect.objectContaining({ source: [1], target: [1] }),
    ]);
  });

  it('replaces the whole translation and keeps the old English in the revisions', async () => {
    const { id, english } = await importFixture(app);
    await request(app)
      .put(`/api/documents/${id}/translation`)
      .send({ translation: 'Rain since dawn. Wet streets.\n\nA busy market. Vegetables and fruit for sale.' })
      .expect(200);
    const now = await englishOf(app, id);
    expect(now.map((s) => s.text)).toEqual(['Rain since dawn.', 'Wet streets.', 'A busy market.', 'Vegetables and fruit for sale.']);
    expect(now.every((s) => s.status === 'draft')).toBe(true);
    const retired = await request(app).get(`/api/documents/${id}/retired`).expect(200);
    expect(retired.body.segments.map((s: { text: string }) => s.text).sort()).toEqual(english.map((s) => s.text).sort());
    const first = retired.body.segments.find((s: { sentenceId: number }) => s.sentenceId === english[0].id);
    expect(first).toMatchObject({ reason: 'translation_replaced', revisions: [expect.objectContaining({ version: 1, text: english[0].text })] });
    const align = await request(app).get(`/api/documents/${id}/alignment`).expect(200);
    expect(align.body.sentenceLinks.flatMap((l: { target: number[] }) => l.target)).toEqual([0, 1, 2, 3]);
  });

  it('adds a translation to a document that had none', async () => {
    const created = await request(app).post('/api/documents').send({ source: 'Kucing tidur. Anjing menggonggong.' }).expect(201);
    await request(app).put(`/api/documents/${created.body.id}/translation`).send({ translation: 'The cat sleeps. The dog barks.' }).expect(200);
    const align = await request(app).get(`/api/documents/${created.body.id}/alignment`).expect(200);
    expect(align.body.sentenceLinks.map((l: { source: number[]; target: number[] }) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    expect(align.body.paragraphLinks).toEqual([expect.objectContaining({ source: [0], target: [0] })]);
  });

  const refusals: [string, () => request.Test, number, string][] = [
    ['an empty text', () => request(app).put('/api/segments/1').send({ text: '  ', version: 1 }), 400, 'text_empty'],
    ['a missing version', () => request(app).put('/api/segments/1').send({ text: 'x' }), 400, 'invalid_field'],
    ['an unknown status', () => request(app).put('/api/segments/1').send({ text: 'x', version: 1, status: 'machine' }), 400, 'invalid_field'],
    ['an unknown segment', () => request(app).put('/api/segments/999999').send({ text: 'x', version: 1 }), 404, 'not_found'],
    ['an Indonesian sentence', () => request(app).put('/api/segments/1').send({ text: 'x', version: 1 }), 404, 'not_found'],
    ['an empty translation', () => request(app).put('/api/documents/1/translation').send({ translation: ' ' }), 400, 'translation_empty'],
  ];
  it.each(refusals)('refuses %s', async (_name, send, status, code) => {
    await importFixture(app);
    const res = await send().expect(status);
    expect(res.body.error.code).toBe(code);
  });
});
