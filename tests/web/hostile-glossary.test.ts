import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTerms } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';
import { HOSTILE_FILE_NAMES, HOSTILE_TEXTS, hasInjectedMarkup } from '../support/hostile-inputs';

const FIELDS = ['source', 'target', 'note'] as const;

describe('hostile input in glossary terms, notes and files', () => {
  let ctx: TestContext;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true, env: { MAX_GLOSSARY_BYTES: '200000' } });
    token = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());

  /** Every page a term shows up on: the glossary list and the reader where it may match. */
  async function pagesShowingTerms(): Promise<string[]> {
    return Promise.all([
      request(ctx.app).get('/glossary').then((r) => r.text),
      request(ctx.app).get('/documents/1').then((r) => r.text),
      request(ctx.app).get('/').then((r) => r.text),
    ]);
  }

  const cases = HOSTILE_TEXTS.flatMap((input) => FIELDS.map((field) => [input.name, field, input] as const));

  it.each(cases)('API: %s as the term %s is stored or refused cleanly, and shown only as text', async (_name, field, input) => {
    const term = {
      source: field === 'source' ? input.text : `pasukan ${input.name}`,
      targets: [field === 'target' ? input.text : 'troops'],
      note: field === 'note' ? input.text : '',
    };
    const before = await countTerms(ctx.db);
    const res = await request(ctx.app).post('/api/glossary').set('Authorization', token).send(term);
    expect([201, 400, 409, 413], res.text).toContain(res.status);
    if (res.status !== 201) {
      expect(res.body.error.code).toEqual(expect.any(String));
      expect(await countTerms(ctx.db)).toBe(before);
      return;
    }
    for (const html of await pagesShowingTerms()) expect(hasInjectedMarkup(html)).toBe(false);
    await request(ctx.app).delete(`/api/glossary/${res.body.term.id}`).set('Authorization', token).expect(204);
  });

  it.each(HOSTILE_FILE_NAMES.map((name) => [name] as const))('import: a CSV file named %j is handled as text', async (name) => {
    const before = await countTerms(ctx.db);
    const res = await request(ctx.app)
      .post('/api/glossary/import?format=csv')
      .set('Authorization', token)
      .attach('file', Buffer.from('source,targets\n"<b>tebal</b>","<i>bold</i>"\n'), name);
    expect([200, 400], res.text).toContain(res.status);
    if (res.status === 400) expect(await countTerms(ctx.db)).toBe(before);
    for (const html of await pagesShowingTerms()) expect(hasInjectedMarkup(html)).toBe(false);
  });
});
