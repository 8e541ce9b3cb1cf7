import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTmx } from '../../../src/core/exchange/index';
import { saveSegment } from '../../../src/editing/segment';
import { sideSentences } from '../../../src/store/sentences';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent, type SignedIn } from '../../support/auth';
import { insertSentencePairs } from '../../support/sentence-pairs';

/** A document with human English, the first `reviewed` of its pairs marked reviewed. */
async function documentWithReviews(ctx: TestContext, title: string, pairs: [string, string][], reviewed: number, visibility: 'public' | 'private' = 'public') {
  const id = await insertSentencePairs(ctx.db, title, pairs, { origin: 'human', visibility });
  for (const s of (await sideSentences(ctx.db, id, 'en')).slice(0, reviewed)) {
    await saveSegment(ctx.db, { sentenceId: s.id, text: s.text, version: s.version, status: 'reviewed' }, 'sari');
  }
  return id;
}

const unitsOf = (xml: string) => parseTmx(xml).units.map((u) => [u.source, u.target]);

describe('the library’s reviewed pairs as one TMX', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let open: number;
  let hidden: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    open = await documentWithReviews(ctx, 'Cuaca', [['Hujan turun deras.', 'The rain fell hard.'], ['Pasar <b>ramai</b>.', 'The market is busy.']], 2);
    await documentWithReviews(ctx, 'Draf', [['Kota itu sepi.', 'The town is quiet.']], 0);
    hidden = await documentWithReviews(ctx, 'Rahasia', [['Rapat ditunda.', 'The meeting was postponed.']], 1, 'private');
  });
  afterAll(() => ctx.close());

  it('holds the reviewed pairs of the documents the viewer may see, text escaped, and reads back', async () => {
    const anonymous = await request(ctx.app).get('/memory.tmx').expect(200);
    expect(anonymous.headers['content-type']).toContain('application/x-tmx+xml');
    expect(anonymous.headers['content-disposition']).toContain('memory.tmx');
    expect(anonymous.text).toContain('Pasar &lt;b&gt;ramai&lt;/b&gt;.');
    expect(unitsOf(anonymous.text)).toEqual([
      ['Hujan turun deras.', 'The rain fell hard.'],
      ['Pasar <b>ramai</b>.', 'The market is busy.'],
    ]);
    const signedIn = await editor.agent.get('/memory.tmx').expect(200);
    expect(unitsOf(signedIn.text)).toContainEqual(['Rapat ditunda.', 'The meeting was postponed.']);
    expect(unitsOf(signedIn.text)).toHaveLength(3);
  });

  it('takes a selection by document ids, leaving out hidden and missing ones', async () => {
    const selected = await request(ctx.app).get('/memory.tmx').query({ documents: `${hidden},99999` }).expect(200);
    expect(selected.text).toContain('<body');
    expect(selected.text).not.toContain('<tu ');
    const own = await editor.agent.get('/memory.tmx').query({ documents: `${hidden}, x` }).expect(200);
    expect(unitsOf(own.text)).toEqual([['Rapat ditunda.', 'The meeting was postponed.']]);
    expect(unitsOf((await request(ctx.app).get('/memory.tmx').query({ documents: String(open) }).expect(200)).text)).toHaveLength(2);
  });
});
