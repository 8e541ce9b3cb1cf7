import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../support/auth';

describe('private documents and deleting', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;
  let privateId: number;

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    editor = await signedInAgent(ctx);
    token = await apiToken(ctx);
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Catatan rahasia', source: 'Rapat besok pagi.', visibility: 'private' })
      .expect(201);
    privateId = res.body.id;
  });
  afterAll(() => ctx.close());

  it('hides a private document from anonymous readers everywhere: 404, not 403', async () => {
    const library = await request(ctx.app).get('/').expect(200);
    expect(library.text).not.toContain('Catatan rahasia');
    await request(ctx.app).get(`/documents/${privateId}`).expect(404);
    await request(ctx.app).get(`/api/documents/${privateId}`).expect(404);
    const list = await request(ctx.app).get('/api/documents').expect(200);
    expect(list.body.documents.map((d: { id: number }) => d.id)).not.toContain(privateId);
  });

  it('shows it to signed-in users, marked private', async () => {
    const library = await editor.agent.get('/').expect(200);
    expect(library.text).toContain('Catatan rahasia');
    expect(library.text).toContain('badge-private');
    await editor.agent.get(`/documents/${privateId}`).expect(200);
    const api = await request(ctx.app).get(`/api/documents/${privateId}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.visibility).toBe('private');
  });

  it('imports a private document from the form and can make it public', async () => {
    const res = await editor.agent
      .post('/documents')
      .set('X-CSRF-Token', editor.csrf)
      .field('title', 'Draf')
      .field('source_text', 'Belum selesai.')
      .field('visibility', 'private')
      .expect(303);
    const id = Number(res.headers.location.split('/').pop());
    await request(ctx.app).get(`/documents/${id}`).expect(404);
    await editor.agent.post(`/documents/${id}/visibility`).type('form').send({ _csrf: editor.csrf, visibility: 'public' }).expect(303);
    await request(ctx.app).get(`/documents/${id}`).expect(200);
    await editor.agent.post(`/documents/${id}/visibility`).type('form').send({ _csrf: editor.csrf, visibility: 'secret' }).expect(400);
  });

  it('refuses an unknown visibility in the API', async () => {
    const res = await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ source: 'Ada.', visibility: 'hidden' }).expect(400);
    expect(res.body.error.code).toBe('invalid_visibility');
  });

  it('deletes a document after a confirmation page, with all its rows', async () => {
    const res = await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ title: 'Hapus aku', source: 'Satu.\n\nDua.', translation: 'One.\n\nTwo.' });
    const id = res.body.id as number;
    const confirm = await editor.agent.get(`/documents/${id}/delete`).expect(200);
    expect(confirm.text).toContain('Hapus aku');
    expect(confirm.text).toContain(`action="/documents/${id}/delete"`);
    await editor.agent.post(`/documents/${id}/delete`).type('form').send({ _csrf: editor.csrf }).expect(303);
    expect(await getDocument(ctx.db, id)).toBeUndefined();
    for (const table of ['paragraphs', 'sentences', 'paragraph_links', 'sentence_links', 'segment_revisions'] as const) {
      const left = await ctx.db.selectFrom(table).select('id').where('document_id', '=', id).execute();
      expect(left, table).toEqual([]);
    }
    await editor.agent.post(`/documents/${id}/delete`).type('form').send({ _csrf: editor.csrf }).expect(404);
  });

  it('deletes through the API with DELETE', async () => {
    const res = await request(ctx.app).post('/api/documents').set('Authorization', `Bearer ${token}`).send({ source: 'Sementara.' });
    await request(ctx.app).delete(`/api/documents/${res.body.id}`).set('Authorization', `Bearer ${token}`).expect(204);
    await request(ctx.app).delete(`/api/documents/${res.body.id}`).set('Authorization', `Bearer ${token}`).expect(404);
    await request(ctx.app).delete('/api/documents/1').expect(401);
    expect(await getDocument(ctx.db, 1)).toBeDefined();
  });
});
