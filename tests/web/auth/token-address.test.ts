import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent, type SignedIn } from '../../support/auth';

const CLEANER = '<script src="/assets/clean-address.js" defer></script>';

describe('a page answering a form whose address carries the CSRF token', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
  });
  afterAll(() => ctx.close());

  const postImport = (token: string) =>
    editor.agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('title', 'Kosong').field('source_text', '');

  it('takes the token out of the address bar, after a refused import and after a refused token alike', async () => {
    const refused = await postImport(editor.csrf).expect(400);
    expect(refused.text).toContain(CLEANER);
    const forged = await postImport('not-the-token').expect(403);
    expect(forged.text).toContain(CLEANER);
  });

  it('is left out of every other page', async () => {
    expect((await editor.agent.get('/documents/new').expect(200)).text).not.toContain(CLEANER);
    expect((await editor.agent.get(`/documents/new?_csrf=${encodeURIComponent(editor.csrf)}`).expect(200)).text).not.toContain(CLEANER);
  });
});
