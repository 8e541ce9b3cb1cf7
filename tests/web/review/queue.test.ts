import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent, type SignedIn } from '../../support/auth';
import { editorApp } from '../../support/edit-fixture';
import { importPlanted, plantWrongLink } from '../../support/review-fixture';

interface Item { key: string; kind: string; link: number; passage: number; sentence: number | null; title: string; detail: string; mark: { state: string; author: string | null } | null }

describe('the review queue over HTTP', () => {
  let ctx: TestContext;
  let app: Express;
  let editor: SignedIn;
  let id: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx));
    editor = await signedInAgent(ctx, { name: 'penyunting' });
    id = await importPlanted(app);
    await plantWrongLink(ctx.db, id);
  });
  afterAll(() => ctx.close());

  const queue = async (query = '') => (await editor.agent.get(`/documents/${id}/edit/queue${query}`).set('Accept', 'application/json').expect(200)).body as { items: Item[]; counts: { total: number } };
  const mark = (key: string, state: string) => editor.agent.post(`/api/documents/${id}/review/marks`).set('X-CSRF-Token', editor.csrf).send({ key, state });

  it('ranks the planted omission, addition, number mismatch and doubtful link', async () => {
    const { items, counts } = await queue();
    expect(items.map((i) => `${i.kind}@${i.link}`)).toEqual(['omission@5', 'addition@8', 'numbers@2', 'low_confidence@7']);
    expect(counts.total).toBe(4);
    const numbers = items.find((i) => i.kind === 'numbers')!;
    expect(numbers.detail).toBe('Missing in the English: 12. Only in the English: 21.');
    expect(numbers.sentence).toEqual(expect.any(Number));
    expect(items.find((i) => i.kind === 'low_confidence')!.sentence).toBeNull();
  });

  it('speaks Indonesian too', async () => {
    const res = await editor.agent.get(`/documents/${id}/edit/queue?lng=id`).set('Accept', 'application/json').expect(200);
    expect(res.body.items[0].title).toBe('Diduga ada yang terlewat');
    await editor.agent.get('/?lng=en').expect(200);
  });

  it('keeps a mark with who and when, filters by state and kind, and reopens', async () => {
    const { items } = await queue();
    const omission = items[0]!;
    await mark(omission.key, 'ignored').expect(200);
    expect((await queue()).items.map((i) => i.kind)).not.toContain('omission');
    const ignored = (await queue('?state=ignored')).items;
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.mark).toMatchObject({ state: 'ignored', author: 'penyunting' });
    expect((await queue('?state=all&kinds=omission,numbers')).items.map((i) => i.kind)).toEqual(['omission', 'numbers']);
    await mark(omission.key, 'open').expect(200);
    expect((await queue()).items[0]!.kind).toBe('omission');
  });

  it('refuses a bad filter or mark with a message, and stores nothing', async () => {
    const bad = await editor.agent.get(`/documents/${id}/edit/queue?state=maybe`).set('Accept', 'application/json').expect(400);
    expect(bad.body.error.message).toBe('Unknown state; use one of: open, resolved, ignored, all.');
    const badId = await editor.agent.get(`/documents/${id}/edit/queue?kinds=numbers,<b>`).set('Accept', 'application/json').set('Accept-Language', 'id').expect(400);
    expect(badId.body.error.code).toBe('bad_kind');
    expect((await mark('numbers:s1', 'done').expect(400)).body.error.code).toBe('bad_mark');
    expect((await mark('nonsense', 'resolved').expect(400)).body.error.code).toBe('bad_item');
    expect((await queue('?state=resolved')).items).toEqual([]);
  });

  it('switches checks per document', async () => {
    await editor.agent.put(`/api/documents/${id}/review/checks`).set('X-CSRF-Token', editor.csrf).send({ enabled: ['punctuation'] }).expect(200);
    expect((await queue()).items.map((i) => i.kind)).not.toContain('numbers');
    await editor.agent.post(`/documents/${id}/edit/checks`).type('form').send({ _csrf: editor.csrf, check_numbers: 'on', back: '?state=all' }).expect(303).expect('Location', `/documents/${id}/edit/queue?state=all`);
    expect((await queue()).items.map((i) => i.kind)).toContain('numbers');
    const bad = await editor.agent.put(`/api/documents/${id}/review/checks`).set('X-CSRF-Token', editor.csrf).send({ enabled: ['spelling'] }).expect(400);
    expect(bad.body.error.code).toBe('bad_checks');
    await editor.agent.put(`/api/documents/${id}/review/checks`).set('X-CSRF-Token', editor.csrf).send({ enabled: ['numbers', 'punctuation', 'doubled', 'untranslated', 'length', 'glossary', 'inconsistent'] }).expect(200);
  });

  it('renders the queue page with the items escaped, and exports the QA report as CSV', async () => {
    const page = await editor.agent.get(`/documents/${id}/edit/queue`).expect(200);
    expect(page.text).toContain('Numbers differ');
    expect(page.text).toContain(`/documents/${id}/edit?item=numbers%3As`);
    const csv = await editor.agent.get(`/documents/${id}/edit/qa-report.csv`).expect(200).expect('Content-Type', /text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('passage,link,kind,problem,detail,id,en,state,marked_by,marked_at');
    expect(lines.some((l) => l.startsWith('2,3,numbers,Numbers differ,') && l.includes('There are 21 vegetable traders'))).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it('is for editors only: anonymous visitors get the same answer for a private document as for none', async () => {
    const hidden = await request(app).post('/api/documents').send({ title: 'Rahasia', source: 'Ada 3 orang.', translation: 'There were 4 people.', visibility: 'private' }).expect(201);
    expect((await editor.agent.get(`/documents/${hidden.body.id}/edit/queue`).set('Accept', 'application/json').expect(200)).body.items[0].kind).toBe('numbers');
    for (const target of [id, hidden.body.id, 999999]) {
      const page = await request(ctx.app).get(`/documents/${target}/edit/queue`).expect(303);
      expect(page.headers.location).toMatch(/^\/signin/);
      await request(ctx.app).get(`/documents/${target}/edit/qa-report.csv`).expect(303);
      await request(ctx.app).post(`/api/documents/${target}/review/marks`).send({ key: 'numbers:s1', state: 'resolved' }).expect(401);
    }
    await editor.agent.get('/documents/999999/edit/queue').expect(404);
    // API clients read it with their token; anonymous readers of the API get nothing, whether the document exists or not.
    const viaToken = await request(app).get(`/api/documents/${id}/review/queue?kinds=numbers`).expect(200);
    expect(viaToken.body.items.map((i: Item & { target: string }) => [i.kind, i.target])).toEqual([['numbers', 'There are 21 vegetable traders at the market.']]);
    for (const target of [id, hidden.body.id, 999999]) {
      const refused = await request(ctx.app).get(`/api/documents/${target}/review/queue`);
      expect([refused.status, refused.body.error.code]).toEqual(target === hidden.body.id || target === 999999 ? [404, 'not_found'] : [401, 'sign_in_required']);
    }
  });

  it('finds the same Indonesian sentence translated another way in another document', async () => {
    const sentence = 'Pasar ikan di pelabuhan dibuka setiap hari Minggu.';
    const first = await request(app).post('/api/documents').send({ title: 'Satu', source: sentence, translation: 'The fish market at the harbour opens every Sunday.' }).expect(201);
    const second = await request(app).post('/api/documents').send({ title: 'Dua', source: sentence, translation: 'The harbour fish market is open on Sundays.' }).expect(201);
    const items = async (doc: number) =>
      ((await editor.agent.get(`/documents/${doc}/edit/queue?kinds=inconsistent`).set('Accept', 'application/json').expect(200)).body.items as Item[]).map((i) => i.detail);
    expect(await items(second.body.id)).toEqual(['Translated 2 ways in the library; also: The fish market at the harbour opens every Sunday.']);
    expect(await items(first.body.id)).toEqual(['Translated 2 ways in the library; also: The harbour fish market is open on Sundays.']);
  });

  it('tells an editor of English someone else changed after their own save, until they save it again', async () => {
    const created = await request(app).post('/api/documents').send({ title: 'Berubah', source: 'Pasar ramai.\n\nHujan turun.', translation: 'The market is busy.\n\nIt rains.' }).expect(201);
    const doc = created.body.id as number;
    const english = (await request(app).get(`/api/documents/${doc}`).expect(200)).body.translation.flatMap((p: { sentences: { id: number; version: number }[] }) => p.sentences);
    const other = await signedInAgent(ctx, { name: 'rekan' });
    const save = (who: SignedIn, text: string, version: number) =>
      who.agent.put(`/api/segments/${english[0].id}`).set('X-CSRF-Token', who.csrf).send({ text, version }).expect(200);
    await save(editor, 'The market is crowded.', english[0].version);
    const kinds = async (who: SignedIn) => ((await who.agent.get(`/documents/${doc}/edit/queue`).set('Accept', 'application/json').expect(200)).body.items as Item[]).map((i) => i.kind);
    expect(await kinds(editor)).not.toContain('changed');
    await save(other, 'The market is very crowded.', english[0].version + 1);
    expect(await kinds(editor)).toContain('changed');
    expect(await kinds(other)).not.toContain('changed');
    await save(editor, 'The market is very crowded indeed.', english[0].version + 2);
    expect(await kinds(editor)).not.toContain('changed');
  });

  it('counts open items per document in the library, for signed-in users', async () => {
    const library = await editor.agent.get('/').expect(200);
    expect(library.text).toMatch(new RegExp(`href="/documents/${id}/edit/queue"[^>]*>\\s*4 items`));
    const anonymous = await request(ctx.app).get('/').expect(200);
    expect(anonymous.text).not.toContain('/edit/queue');
    expect((await editor.agent.get(`/documents/${id}`).expect(200)).text).toContain('id="review-queue"');
    expect((await request(ctx.app).get(`/documents/${id}`).expect(200)).text).not.toContain('review-queue');
  });
});
