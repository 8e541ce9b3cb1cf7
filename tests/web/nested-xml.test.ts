import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../src/store/documents';
import { countTerms } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';

/** Elements nested past the XML parser's limit of 100 levels. */
const DEEP = '<x>'.repeat(150) + '</x>'.repeat(150);

describe('XML nested deeper than the parser reads', () => {
  let ctx: TestContext;
  let auth: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    auth = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());

  const post = (path: string, xml: string) => request(ctx.app).post(path).set('Authorization', auth).set('Content-Type', 'application/xml').send(xml);

  it('is a bad TMX file: 400 tmx_invalid, nothing stored', async () => {
    const before = await countDocuments(ctx.db);
    const xml = `<?xml version="1.0"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="id"><seg>Satu.</seg></tuv>${DEEP}</tu></body></tmx>`;
    const res = await post('/api/documents/tmx', xml).expect(400);
    expect(res.body.error.code).toBe('tmx_invalid');
    expect(await countDocuments(ctx.db)).toBe(before);
  });

  it('is a bad TBX file: 400 invalid_glossary_file, nothing stored', async () => {
    const before = await countTerms(ctx.db);
    const xml = `<?xml version="1.0"?><martif type="TBX-Basic"><text><body><termEntry>${DEEP}</termEntry></body></text></martif>`;
    const res = await post('/api/glossary/import?format=tbx', xml).expect(400);
    expect(res.body.error.code).toBe('invalid_glossary_file');
    expect(await countTerms(ctx.db)).toBe(before);
  });
});
