import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSegment } from '../../../src/editing/segment';
import { sideSentences } from '../../../src/store/sentences';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../../support/auth';
import { insertSentencePairs } from '../../support/sentence-pairs';

describe('pre-filling an import from the translation memory over HTTP', () => {
  let ctx: TestContext;
  // Signed in through the real form; its writes carry the session's CSRF token, as the page's do.
  let editor: EditorClient;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
    const id = await insertSentencePairs(ctx.db, 'Cuaca', [['Hujan turun deras.', 'The rain fell hard.'], ['Pasar <b>ramai</b>.', 'The <b>market</b> is busy.']], { origin: 'human' });
    for (const s of await sideSentences(ctx.db, id, 'en')) {
      await saveSegment(ctx.db, { sentenceId: s.id, text: s.text, version: s.version, status: 'reviewed' }, 'sari');
    }
  });
  afterAll(() => ctx.close());

  const englishOf = async (id: number) => (await request(ctx.app).get(`/api/documents/${id}`).expect(200)).body.translation.flatMap((p: { sentences: object[] }) => p.sentences);

  it('offers the choice on the import form in both languages', async () => {
    const en = await editor.get('/documents/new?lng=en').expect(200);
    expect(en.text).toContain('name="prefill_memory"');
    expect(en.text).toContain('Pre-fill from the translation memory');
    const id = await editor.get('/documents/new?lng=id').expect(200);
    expect(id.text).toContain('Isi dari memori terjemahan');
  });

  it('fills the drafts when the form asks, with its CSRF token, and opens the reader', async () => {
    const res = await editor
      .post('/documents')
      .field('source_text', 'Pasar <b>ramai</b>.\n\nAngin bertiup.\n\nHujan turun deras.')
      .field('prefill_memory', '1')
      .expect(303);
    const id = Number(/^\/documents\/(\d+)$/.exec(res.headers.location)![1]);
    const english = await englishOf(id);
    expect(english.map((s: { text: string; origin: string; status: string }) => [s.text, s.origin, s.status])).toEqual([
      ['The <b>market</b> is busy.', 'memory', 'draft'],
      ['The rain fell hard.', 'memory', 'draft'],
    ]);
    // The reader shows the draft as text, escaped.
    const reader = await editor.get(res.headers.location).expect(200);
    expect(reader.text).toContain('The &lt;b&gt;market&lt;/b&gt; is busy.');
    // The review queue lists both drafts as memory English nobody reviewed.
    const queue = await editor.get(`/documents/${id}/edit/queue?kinds=unreviewed_memory`).set('Accept', 'application/json').expect(200);
    expect(queue.body.items.map((i: { kind: string }) => i.kind)).toEqual(['unreviewed_memory', 'unreviewed_memory']);
  });

  it('fills nothing without the box ticked, and refuses a form without its CSRF token', async () => {
    const res = await editor.post('/documents').field('source_text', 'Hujan turun deras.').expect(303);
    expect(await englishOf(Number(res.headers.location.split('/').pop()))).toEqual([]);
    await editor.signedIn.agent.post('/documents').field('source_text', 'Hujan turun deras.').field('prefill_memory', '1').expect(403);
  });

  it('takes "prefillFromMemory" in the JSON API and "prefill_memory" in multipart', async () => {
    const json = await editor
      .post('/api/documents')
      .send({ source: 'Hujan turun deras.', prefillFromMemory: true })
      .expect(201);
    expect((await englishOf(json.body.id)).map((s: { text: string }) => s.text)).toEqual(['The rain fell hard.']);
    const multipart = await editor
      .post('/api/documents')
      .attach('source_file', Buffer.from('Hujan turun deras.\n'), 'hujan.txt')
      .field('prefill_memory', 'true')
      .expect(201);
    expect((await englishOf(multipart.body.id)).map((s: { origin: string }) => s.origin)).toEqual(['memory']);
  });

  it('refuses a "prefillFromMemory" that is not true or false, in the interface language, storing nothing', async () => {
    const before = (await request(ctx.app).get('/api/documents').expect(200)).body.documents.length;
    for (const [lng, words] of [['en', 'must be one of'], ['id', 'harus salah satu dari']] as const) {
      const res = await editor
        .post(`/api/documents?lng=${lng}`)
        .send({ source: 'Hujan turun deras.', prefillFromMemory: 'yes' })
        .expect(400);
      expect(res.body.error.code).toBe('invalid_field');
      expect(res.body.error.message).toContain(words);
    }
    expect((await request(ctx.app).get('/api/documents').expect(200)).body.documents.length).toBe(before);
  });
});
