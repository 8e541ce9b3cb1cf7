import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_RULES, matchesAny } from '../../src/web/auth/access-rules';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../support/auth';
import { concretePath, listRoutes } from '../support/routes';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Everything a refused request might have changed. */
async function snapshot(ctx: TestContext) {
  const count = async (table: 'documents' | 'users' | 'api_tokens' | 'sessions' | 'paragraphs') =>
    Number((await ctx.db.selectFrom(table).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const docs = await ctx.db.selectFrom('documents').select(['id', 'visibility', 'updated_at']).orderBy('id').execute();
  const users = await ctx.db.selectFrom('users').select(['id', 'role', 'disabled', 'password_hash']).orderBy('id').execute();
  return { documents: await count('documents'), paragraphs: await count('paragraphs'), tokens: await count('api_tokens'), sessions: await count('sessions'), docs, users };
}

describe('access rules', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  const routes = () => listRoutes(ctx.app);

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    editor = await signedInAgent(ctx, { role: 'editor' });
    await apiToken(ctx);
  });
  afterAll(() => ctx.close());

  it('finds the routes of every router, mounted ones included', () => {
    const found = routes().map((r) => `${r.method} ${r.path}`);
    expect(found).toEqual(expect.arrayContaining(['POST /documents', 'POST /api/documents', 'DELETE /api/documents/:documentId', 'POST /admin/users', 'GET /documents/:documentId']));
  });

  it('refuses every state-changing route to anonymous visitors and changes nothing', async () => {
    const writes = routes().filter((r) => !SAFE.has(r.method) && !matchesAny(ACCESS_RULES.anonymousWrites, concretePath(r.path)));
    expect(writes.length).toBeGreaterThanOrEqual(12);
    const before = await snapshot(ctx);
    for (const route of writes) {
      const url = concretePath(route.path);
      const res = await request(ctx.app)[route.method.toLowerCase() as 'post'](url)
        .type('form')
        .send({ name: 'mallory', password: 'x'.repeat(12), role: 'admin', visibility: 'private', title: 'x', source: 'Ada.' });
      if (url.startsWith('/api/')) {
        expect(res.status, `${route.method} ${url}`).toBe(401);
        expect(res.body.error.code).toBe('sign_in_required');
      } else {
        expect(res.status, `${route.method} ${url}`).toBe(303);
        expect(res.headers.location).toMatch(/^\/signin/);
      }
    }
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('sends anonymous visitors from editor-only pages to sign in, and back afterwards', async () => {
    const pages = routes().filter((r) => r.method === 'GET' && matchesAny([...ACCESS_RULES.editorPages, ...ACCESS_RULES.adminPaths], concretePath(r.path)));
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/documents/new', '/documents/:documentId/delete', '/account', '/admin/users']));
    for (const page of pages) {
      const res = await request(ctx.app).get(concretePath(page.path)).expect(303);
      expect(res.headers.location).toBe(`/signin?next=${encodeURIComponent(concretePath(page.path))}`);
    }
  });

  it('matches the rules case-insensitively, as Express matches routes', async () => {
    for (const path of ['/documents/NEW', '/documents/1/EDIT', '/Documents/1/Delete', '/glossary/1/DELETE', '/ACCOUNT', '/Admin/Users', '/settings/']) {
      const res = await request(ctx.app).get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.location, path).toMatch(/^\/signin\?next=/);
    }
    await editor.agent.get('/ADMIN/users').expect(403);
  });

  it('hides who wrote a revision from anonymous readers', async () => {
    const sentence = await ctx.db.selectFrom('sentences').select(['id', 'version']).where('document_id', '=', 1).where('lang', '=', 'en').orderBy('id').executeTakeFirstOrThrow();
    await editor.agent.put(`/api/segments/${sentence.id}`).set('X-CSRF-Token', editor.csrf).send({ text: 'A sentence an editor wrote.', version: sentence.version }).expect(200);
    const signedIn = await editor.agent.get(`/api/segments/${sentence.id}/revisions`).expect(200);
    expect(signedIn.body.revisions[0].author).toBe(editor.user.name);
    const anonymous = await request(ctx.app).get(`/api/segments/${sentence.id}/revisions`).expect(200);
    expect(anonymous.body.revisions.map((r: { author: unknown }) => r.author)).toEqual(anonymous.body.revisions.map(() => null));
    expect(anonymous.text).not.toContain(editor.user.name);
  });

  it('hides who wrote retired English from anonymous readers too', async () => {
    const sentence = await ctx.db.selectFrom('sentences').select(['id', 'version']).where('document_id', '=', 1).where('lang', '=', 'en').orderBy('id').executeTakeFirstOrThrow();
    await editor.agent.put(`/api/segments/${sentence.id}`).set('X-CSRF-Token', editor.csrf).send({ text: 'Text the editor will replace.', version: sentence.version }).expect(200);
    await editor.agent.put('/api/documents/1/translation').set('X-CSRF-Token', editor.csrf).send({ translation: 'A wholly new English side.' }).expect(200);
    const signedIn = await editor.agent.get('/api/documents/1/retired').expect(200);
    expect(signedIn.text).toContain(editor.user.name);
    const anonymous = await request(ctx.app).get('/api/documents/1/retired').expect(200);
    expect(anonymous.body.segments.length).toBeGreaterThan(0);
    expect(anonymous.text).not.toContain(editor.user.name);
  });

  it('lets anonymous visitors read public pages and the API', async () => {
    await request(ctx.app).get('/').expect(200);
    await request(ctx.app).get('/documents/1').expect(200);
    await request(ctx.app).get('/api/documents/1').expect(200);
    await request(ctx.app).get('/signin').expect(200);
  });

  it('keeps user management to admins', async () => {
    await editor.agent.get('/admin/users').expect(403);
    const before = await snapshot(ctx);
    await editor.agent.post('/admin/users').type('form').send({ _csrf: editor.csrf, name: 'eve', password: 'x'.repeat(12), role: 'admin' }).expect(403);
    await editor.agent.post(`/admin/users/${editor.user.id}/role`).type('form').send({ _csrf: editor.csrf, role: 'admin' }).expect(403);
    expect(await snapshot(ctx)).toEqual(before);
    const admin = await signedInAgent(ctx, { role: 'admin' });
    await admin.agent.get('/admin/users').expect(200);
  });

  it('answers 401 to a wrong or revoked API token even for reading', async () => {
    const res = await request(ctx.app).get('/api/documents').set('Authorization', 'Bearer sej_not-a-token').expect(401);
    expect(res.body.error.code).toBe('invalid_token');
  });
});
