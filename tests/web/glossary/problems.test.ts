import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../../support/auth';

const BAD_CSV = 'source,targets,colour\npasukan,troops,red\n';
const BAD_TERMS = 'source,targets,mode\npasukan,troops,kind\npasukan,forces,forms\n';

describe('glossary file problems in the interface language', () => {
  let ctx: TestContext;
  let editor: EditorClient;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
  });
  afterAll(() => ctx.close());

  const importApi = (body: string, lng: string) =>
    editor.post(`/api/glossary/import?format=csv&lng=${lng}`).set('content-type', 'text/plain').send(body).expect(400);

  it('answers the API in Indonesian, with each problem named', async () => {
    const res = await importApi(BAD_CSV, 'id');
    expect(res.body.error.errors).toEqual([{ line: 1, problem: 'unknown_column', message: 'kolom “colour” tidak dikenal' }]);
    const terms = await importApi(BAD_TERMS, 'id');
    expect(terms.body.error.errors.map((e: { message: string }) => e.message)).toEqual([
      'mode harus “forms” atau “derived”, bukan “kind”',
    ]);
  });

  it('answers the API in English by the same keys', async () => {
    const res = await importApi(BAD_CSV, 'en');
    expect(res.body.error.errors[0].message).toBe('unknown column “colour”');
  });

  it('shows the problems of a file imported on the glossary page in Indonesian', async () => {
    const { agent, csrf } = editor.signedIn;
    await agent.get('/glossary?lng=id').expect(200);
    const page = await agent
      .post(`/glossary/import?_csrf=${encodeURIComponent(csrf)}`)
      .field('format', 'csv')
      .attach('file', Buffer.from(BAD_CSV), { filename: 'istilah.csv', contentType: 'text/csv' })
      .expect(400);
    expect(page.text).toContain('kolom “colour” tidak dikenal');
    expect(page.text).not.toContain('unknown column');
    // The page answers a form whose address carries the token: it takes it out of the address bar.
    expect(page.text).toContain('<script src="/assets/clean-address.js" defer></script>');
  });
});
