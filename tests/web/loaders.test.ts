import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADED_PARAMS } from '../../src/web/loaders';
import { enqueueJob } from '../../src/store/jobs';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../support/auth';
import { listRoutes } from '../support/routes';

/**
 * Route parameters that do not name a document or a part of one, and why
 * each is not the loader's business.
 */
const OTHER_PARAMS: Record<string, string> = {
  format: 'an export format name, checked by the export',
  token: 'a set-up link, checked by the account service',
  termId: 'a glossary term: the glossary service asks the one loader about the document it is scoped to',
  userId: 'a user, on the admin pages',
  tokenId: "one of the signed-in user's own API tokens",
  link: "a sentence link's place in a document that :documentId has already loaded",
  savedId: "one of the signed-in user's own saved words",
  file: "one of the reader's built script and style files, named by its content's hash",
};

const paramsOf = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);

describe('the one document loader', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;
  const ids = { documentId: 0, segmentId: 0, paragraphId: 0, jobId: 0 };

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    editor = await signedInAgent(ctx, { role: 'editor' });
    token = await apiToken(ctx);
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Rahasia', source: 'Rapat besok pagi.', translation: 'Meeting tomorrow morning.', visibility: 'private' })
      .expect(201);
    ids.documentId = res.body.id;
    const english = await ctx.db.selectFrom('sentences').select(['id', 'paragraph_id']).where('document_id', '=', ids.documentId).where('lang', '=', 'en').executeTakeFirstOrThrow();
    ids.segmentId = english.id;
    ids.paragraphId = english.paragraph_id;
    ids.jobId = (await enqueueJob(ctx.db, { documentId: ids.documentId, targetLang: 'en-US', force: false, totalParagraphs: 1, author: null })).job.id;
  });
  afterAll(() => ctx.close());

  const routes = () => listRoutes(ctx.app);
  const concrete = (path: string, values: Record<string, number>) => path.replace(/:(\w+)/g, (_m, name: string) => String(values[name] ?? 1));

  it('runs on every route that names a document, a segment, a paragraph or a job', () => {
    const named = routes().filter((r) => paramsOf(r.path).some((p) => p in LOADED_PARAMS));
    expect(named.length).toBeGreaterThanOrEqual(25);
    for (const route of named) {
      for (const param of paramsOf(route.path).filter((p) => p in LOADED_PARAMS)) {
        expect(route.loaded, `${route.method} ${route.path} does not load :${param}`).toContain(param);
      }
    }
  });

  it('knows every route parameter: a new one either goes through the loader or says why not', () => {
    const unknown = routes().flatMap((r) => paramsOf(r.path).filter((p) => !(p in LOADED_PARAMS) && !(p in OTHER_PARAMS)).map((p) => `${r.method} ${r.path} :${p}`));
    expect(unknown).toEqual([]);
  });

  it('answers every readable route about a private document as it answers a missing one: 404 to anonymous visitors', async () => {
    const reads = routes().filter((r) => r.method === 'GET' && paramsOf(r.path).some((p) => p in LOADED_PARAMS));
    for (const route of reads) {
      const hidden = concrete(route.path, { ...ids, format: 0 }).replace('/export/0', '/export/csv');
      const missing = concrete(route.path, { documentId: 999_999, segmentId: 999_999, paragraphId: 999_999, jobId: 999_999 }).replace('/export/1', '/export/csv');
      const [a, b] = await Promise.all([request(ctx.app).get(hidden).set('Accept', 'application/json'), request(ctx.app).get(missing).set('Accept', 'application/json')]);
      // Editor-only pages send anonymous visitors to sign in before anything is loaded.
      if (a.status === 303) {
        expect(b.status, missing).toBe(303);
        continue;
      }
      expect(a.status, hidden).toBe(404);
      expect(b.status, missing).toBe(404);
      expect(a.body, hidden).toEqual(b.body);
      expect(a.text).not.toContain('Rahasia');
    }
  });

  it('lets signed-in users reach the same routes', async () => {
    const reads = routes().filter((r) => r.method === 'GET' && paramsOf(r.path).some((p) => p in LOADED_PARAMS));
    for (const route of reads) {
      // The private document has one sentence link, the first.
      const url = concrete(route.path, { ...ids, link: 0 }).replace(/\/export\/1$/, '/export/csv').replace(/\/export$/, '/export?format=csv').replace(/\/search$/, '/search?q=rapat').replace(/\/words$/, '/words?from=0&to=0');
      const res = await editor.agent.get(url);
      expect(res.status, url).toBe(200);
    }
    const api = await request(ctx.app).get(`/api/documents/${ids.documentId}/translation`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.job.id).toBe(ids.jobId);
  });

  it('lets editors start translation and set the target language of a private document', async () => {
    await editor.agent.post(`/documents/${ids.documentId}/translation-target`).type('form').send({ _csrf: editor.csrf, target_lang: 'en-GB' }).expect(303);
    const res = await request(ctx.app).post(`/api/documents/${ids.documentId}/translate`).set('Authorization', `Bearer ${token}`).send({});
    // Not 404: the document is found for the editor; without DeepL configured the refusal is 503.
    expect([200, 202, 503]).toContain(res.status);
  });

  it('treats a word where an id belongs as another route, not as a document', async () => {
    await editor.agent.get('/documents/new').expect(200);
    await request(ctx.app).get('/documents/abc').expect(404);
    await request(ctx.app).get('/api/segments/0/revisions').expect(404);
  });
});
