import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTerms, getTerm, listTerms } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../support/auth';
import { expectPageConventions } from '../support/page-conventions';
import { textBody } from '../support/text-body';

describe('glossary pages', () => {
  let ctx: TestContext;
  // Reading is open; every change needs a signed-in editor.
  let editor: EditorClient;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    editor = editorClient(await signedInAgent(ctx));
  });
  afterAll(() => ctx.close());

  const web = () => editor;

  it('lists the seed glossary with search, status and scope filters', async () => {
    const all = await web().get('/glossary').expect(200);
    expect(all.text).toContain('37 terms');
    expect(all.text).toContain('pasukan keamanan');
    expectPageConventions(all.text);
    const search = await web().get('/glossary?q=peacekeep').expect(200);
    expect(search.text).toContain('1 term');
    expect(search.text).toContain('penjaga perdamaian');
    const proposed = await web().get('/glossary?status=proposed').expect(200);
    const proposedCount = (await listTerms(ctx.db, { status: 'proposed' })).length;
    expect(proposed.text).toContain(`${proposedCount} term`);
    expect(proposedCount).toBeGreaterThan(0);
    expect((await web().get('/glossary?scope=1').expect(200)).text).toContain('0 terms');
  });

  it('offers visitors the terms and the exports, and sign-in instead of controls that would refuse them', async () => {
    const visitor = await request(ctx.app).get('/glossary').expect(200);
    expect(visitor.text).toContain('pasukan keamanan');
    expect(visitor.text).toContain('href="/glossary/export.csv"');
    expect(visitor.text).toContain('href="/signin?next=%2Fglossary"');
    for (const control of ['href="/glossary/new"', '/edit"', '/delete"', 'action="/glossary/import?']) expect(visitor.text).not.toContain(control);
    const signedIn = (await web().get('/glossary').expect(200)).text;
    for (const control of ['href="/glossary/new"', '/edit"', '/delete"', 'action="/glossary/import?']) expect(signedIn).toContain(control);
    expect(signedIn).not.toContain('/signin?next=');
  });

  it('prefills the add form from a selection in the reader', async () => {
    const res = await web().get('/glossary/new?source=%20diserang%20&document=1').expect(200);
    expect(res.text).toMatch(/id="source" name="source"[^>]*value="diserang"/);
    expect(res.text).toContain('name="returnTo" value="/documents/1"');
    expect(res.text).toMatch(/value="proposed" selected/);
    expect((await web().get('/glossary/new').expect(200)).text).toMatch(/value="approved" selected/);
    expectPageConventions(res.text);
  });

  it('re-renders the form with field errors and the values as typed', async () => {
    const res = await web().post('/glossary').type('form').send({ source: 'penjagaan', targets: '', note: 'keep me', mode: 'derived' }).expect(400);
    expect(res.text).toContain('English equivalents: this field is required.');
    expect(res.text).toMatch(/id="targets"[^>]*aria-invalid="true"/);
    expect(res.text).toContain('value="penjagaan"');
    expect(res.text).toContain('keep me</textarea>');
    expect(res.text).toMatch(/value="derived" checked/);
    expect(await countTerms(ctx.db)).toBe(37);
  });

  it('refuses a duplicate with 409 and a message on the source field', async () => {
    const res = await web().post('/glossary').type('form').send({ source: 'Pasukan', targets: 'troops' }).expect(409);
    expect(res.text).toContain('is already in the glossary');
    expect(res.text).toMatch(/id="source"[^>]*aria-invalid="true"/);
  });

  it('adds, edits and deletes a term through the forms', async () => {
    const created = await web().post('/glossary').type('form').send({ source: 'wewenang penuh', targets: 'full authority\nfull powers', status: 'proposed', returnTo: '/documents/1' }).expect(303);
    expect(created.headers.location).toBe('/documents/1');
    const term = (await listTerms(ctx.db, { q: 'wewenang penuh' }))[0]!;
    expect(term).toMatchObject({ targets: ['full authority', 'full powers'], status: 'proposed', caseSensitive: false });

    const edit = await web().get(`/glossary/${term.id}/edit`).expect(200);
    expect(edit.text).toContain('full authority\nfull powers</textarea>');
    expectPageConventions(edit.text);
    const saved = await web().post(`/glossary/${term.id}`).type('form').send({ source: 'wewenang penuh', targets: 'full authority', status: 'approved', caseSensitive: 'on', documentId: '1' }).expect(303);
    expect(saved.headers.location).toBe(`/glossary?saved=${term.id}`);
    expect(await getTerm(ctx.db, term.id)).toMatchObject({ targets: ['full authority'], status: 'approved', caseSensitive: true, documentId: 1 });
    expect((await web().get(`/glossary?saved=${term.id}`)).text).toContain('The term was saved.');

    const confirm = await web().get(`/glossary/${term.id}/delete`).expect(200);
    expect(confirm.text).toContain('Delete this term from the glossary?');
    expect(confirm.text).toContain(`action="/glossary/${term.id}/delete"`);
    expectPageConventions(confirm.text);
    expect(await getTerm(ctx.db, term.id)).toBeDefined();
    await web().post(`/glossary/${term.id}/delete`).type('form').send({}).expect(303);
    expect(await getTerm(ctx.db, term.id)).toBeUndefined();
    await web().get(`/glossary/${term.id}/edit`).expect(404);
  });

  it('escapes terms everywhere: markup in a term stays text', async () => {
    await web().post('/glossary').type('form').send({ source: 'Rusia <script>alert(1)</script>', targets: '<b>Russia</b>', note: '<img src=x onerror=alert(2)>' }).expect(303);
    const res = await web().get('/glossary?q=rusia').expect(200);
    expect(res.text).toContain('Rusia &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).toContain('&lt;b&gt;Russia&lt;/b&gt;');
    expect(res.text).not.toContain('<img src=x');
    expectPageConventions(res.text);
  });

  it('imports an uploaded file, and refuses a bad one listing its lines without importing anything', async () => {
    const good = 'source,targets,status\r\nketertiban umum,public order,approved\r\nsenjata,weapon|arms,proposed\r\n';
    const ok = await web().post('/glossary/import').attach('file', Buffer.from(good), 'terms.csv').expect(200);
    expect(ok.text).toContain('Imported: 2 new, 0 updated.');
    const count = await countTerms(ctx.db);
    const bad = 'source,targets,mode\r\nbaik,good,forms\r\nburuk,,forms\r\njelek,ugly,stem\r\n';
    const refused = await web().post('/glossary/import').attach('file', Buffer.from(bad), 'terms.csv').expect(400);
    expect(refused.text).toContain('The file was not imported: 2 problems.');
    expect(refused.text).toContain('Line 3: no target (English equivalent)');
    expect(refused.text).toContain('Line 4: mode must be');
    expect(await countTerms(ctx.db)).toBe(count);
    const none = await web().post('/glossary/import').field('format', 'csv').expect(400);
    expect(none.text).toContain('Choose a glossary file to import.');
  });

  it('downloads CSV and TBX', async () => {
    const csv = await web().get('/glossary/export.csv').expect(200).expect('content-type', /text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('source,targets,note,mode,case_sensitive,status');
    expect(csv.text).toContain('serangan,attack|assault');
    const tbx = await web().get('/glossary/export.tbx?q=serangan').buffer(true).parse(textBody).expect(200);
    expect(tbx.body).toContain('<martif');
    expect(tbx.body).toContain('serangan');
    expect(tbx.body).not.toContain('pasukan');
  });

  it('links the glossary from the header', async () => {
    const res = await web().get('/').expect(200);
    expect(res.text).toContain('<a href="/glossary"');
  });
});
