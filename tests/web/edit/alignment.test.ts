import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app';
import type { Express } from 'express';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent } from '../../support/auth';
import { editorApp, importFixture } from '../../support/edit-fixture';

type Link = { source: number[]; target: number[]; confirmed: boolean };
const shape = (links: Link[]) => links.map((l) => `${l.source.join(',')}-${l.target.join(',')}${l.confirmed ? '!' : ''}`).join('|');

describe('alignment editing API', () => {
  let ctx: TestContext;
  let app: Express;
  let id: number;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx));
  });
  afterAll(() => ctx.close());

  const links = async (level: 'sentenceLinks' | 'paragraphLinks' = 'sentenceLinks') =>
    (await request(app).get(`/api/documents/${id}/alignment`).expect(200)).body[level] as Link[];
  const operate = (body: Record<string, unknown>) => request(app).post(`/api/documents/${id}/alignment`).send({ level: 'sentence', ...body });

  it('starts from one link per sentence pair', async () => {
    ({ id } = await importFixture(app));
    expect(shape(await links())).toBe('0-0|1-1|2-2|3-3');
  });

  const steps: [string, Record<string, unknown>, string][] = [
    ['merge link 0 with the next', { op: 'merge', index: 0, expect: { source: [0], target: [0] } }, '0,1-0,1|2-2|3-3'],
    ['split it again', { op: 'split', index: 0 }, '0-0|1-1|2-2|3-3'],
    ['move the first Indonesian sentence of link 1 back', { op: 'move', index: 1, side: 'source', edge: 'first' }, '0,1-0|-1|2-2|3-3'],
    ['move the last English sentence of link 0 on', { op: 'move', index: 0, side: 'target', edge: 'last' }, '0,1-|-0,1|2-2|3-3'],
    ['confirm link 2', { op: 'confirm', index: 2 }, '0,1-|-0,1|2-2!|3-3'],
    ['confirm link 3', { op: 'confirm', index: 3 }, '0,1-|-0,1|2-2!|3-3!'],
    ['withdraw the confirmation of link 2', { op: 'unconfirm', index: 2 }, '0,1-|-0,1|2-2|3-3!'],
  ];
  it.each(steps)('%s', async (_name, body, expected) => {
    const res = await operate(body).expect(200);
    expect(res.body).toMatchObject({ canUndo: true, canRedo: false });
    expect(shape(await links())).toBe(expected);
  });

  it('undoes every step back to the start, then redoes them', async () => {
    for (const [, , expected] of [...steps].reverse().slice(1)) {
      await request(app).post(`/api/documents/${id}/alignment/undo`).expect(200);
      expect(shape(await links())).toBe(expected);
    }
    const last = await request(app).post(`/api/documents/${id}/alignment/undo`).expect(200);
    expect(last.body).toMatchObject({ canUndo: false, canRedo: true });
    expect(shape(await links())).toBe('0-0|1-1|2-2|3-3');
    await request(app).post(`/api/documents/${id}/alignment/undo`).expect(409);
    for (const [, , expected] of steps) {
      await request(app).post(`/api/documents/${id}/alignment/redo`).expect(200);
      expect(shape(await links())).toBe(expected);
    }
    const none = await request(app).post(`/api/documents/${id}/alignment/redo`).expect(409);
    expect(none.body.error.code).toBe('nothing_to_redo');
  });

  it('keeps the history in the database, so a new app instance can undo', async () => {
    const rows = await ctx.db.selectFrom('alignment_operations').select(['kind', 'state']).where('document_id', '=', id).orderBy('id').execute();
    expect(rows).toEqual(steps.map(([, body]) => ({ kind: body.op, state: 'done' })));
    const { app: restarted } = await editorApp({ ...ctx, app: await createApp(ctx) });
    await request(restarted).post(`/api/documents/${id}/alignment/undo`).expect(200);
    expect(shape(await links())).toBe(steps[steps.length - 2][2]);
    await request(restarted).post(`/api/documents/${id}/alignment/redo`).expect(200);
  });

  it('a new operation drops what could be redone', async () => {
    await request(app).post(`/api/documents/${id}/alignment/undo`).expect(200);
    await operate({ op: 'confirm', index: 3 }).expect(200);
    const res = await request(app).post(`/api/documents/${id}/alignment/redo`).expect(409);
    expect(res.body.error.code).toBe('nothing_to_redo');
  });

  it('answers 409 when the link the page showed has moved', async () => {
    const before = shape(await links());
    const res = await operate({ op: 'merge', index: 0, expect: { source: [0], target: [0] } }).expect(409);
    expect(res.body.error.code).toBe('links_changed');
    expect(shape(await links())).toBe(before);
  });

  it('re-aligning keeps confirmed links and can be undone in one step', async () => {
    const { id: other } = await importFixture(app);
    id = other;
    await operate({ op: 'merge', index: 0 }).expect(200);
    await operate({ op: 'confirm', index: 0 }).expect(200);
    expect(shape(await links())).toBe('0,1-0,1!|2-2|3-3');
    await operate({ op: 'merge', index: 1 }).expect(200);
    await request(app).post(`/api/documents/${id}/realign`).expect(200);
    expect(shape(await links())).toBe('0,1-0,1!|2-2|3-3');
    await request(app).post(`/api/documents/${id}/alignment/undo`).expect(200);
    expect(shape(await links())).toBe('0,1-0,1!|2,3-2,3');
    await request(app).post(`/api/documents/${id}/alignment/redo`).expect(200);
    expect(shape(await links())).toBe('0,1-0,1!|2-2|3-3');
  });

  it('refuses to merge the last link', async () => {
    const last = (await links()).length - 1;
    const res = await operate({ op: 'merge', index: last }).expect(400);
    expect(res.body.error.code).toBe('no_next_link');
  });

  const refusals: [string, Record<string, unknown>, number, string][] = [
    ['a link that does not exist', { op: 'confirm', index: 40 }, 400, 'no_such_link'],
    ['an unknown operation', { op: 'shuffle', index: 0 }, 400, 'invalid_field'],
    ['a move without a side', { op: 'move', index: 1, edge: 'first' }, 400, 'invalid_field'],
    ['an unknown level', { op: 'merge', index: 0, level: 'word' }, 400, 'invalid_field'],
  ];
  it.each(refusals)('refuses %s and changes nothing', async (_name, body, status, code) => {
    const before = shape(await links());
    const res = await operate(body).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(shape(await links())).toBe(before);
  });

  it('merges paragraph links too', async () => {
    await request(app).post(`/api/documents/${id}/alignment`).send({ level: 'paragraph', op: 'merge', index: 0 }).expect(200);
    expect(shape(await links('paragraphLinks'))).toBe('0,1-0,1');
    await request(app).post(`/api/documents/${id}/alignment/undo`).expect(200);
    expect(shape(await links('paragraphLinks'))).toBe('0-0|1-1');
  });

  it('answers 404 for an unknown document', async () => {
    await request(app).post('/api/documents/987654/alignment').send({ level: 'sentence', op: 'merge', index: 0 }).expect(404);
  });
});

describe('paragraph link tools on the edit page', () => {
  let ctx: TestContext;
  let app: Express;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx));
  });
  afterAll(() => ctx.close());

  it('offers moves only towards passages that exist, and they work', async () => {
    const { id } = await importFixture(app);
    const { agent } = await signedInAgent(ctx);
    const page = (await agent.get(`/documents/${id}/edit`).expect(200)).text;
    expect(page).toContain('id="undo" aria-disabled="true"');
    const moves = [...page.matchAll(/data-op="move" data-side="(\w+)" data-edge="(\w+)" data-level="paragraph" data-index="(\d)"/g)].map((m) => m.slice(1).join(' '));
    expect(moves).toEqual(['source last 0', 'target last 0', 'source first 1', 'target first 1']);
    await request(app).post(`/api/documents/${id}/alignment`).send({ level: 'paragraph', op: 'move', index: 0, side: 'target', edge: 'last' }).expect(200);
    const links = (await request(app).get(`/api/documents/${id}/alignment`).expect(200)).body.paragraphLinks;
    expect((await agent.get(`/documents/${id}/edit`)).text).toContain('id="undo" aria-disabled="false"');
    expect(links.map((l: { source: number[]; target: number[] }) => [l.source, l.target])).toEqual([
      [[0], []],
      [[1], [0, 1]],
    ]);
  });
});
