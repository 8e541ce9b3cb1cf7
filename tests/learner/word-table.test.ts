import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCompute } from '../../src/compute/compute';
import { importDocument } from '../../src/import/import-document';
import { LearnedWordTable } from '../../src/learner/word-table';
import { makeTestApp, type TestContext } from '../support/app';

describe('LearnedWordTable', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await makeTestApp();
    for (const [source, translation] of [
      ['Gelora datang.', 'The surge comes.'],
      ['Gelora pergi.', 'The surge goes.'],
    ]) await importDocument(ctx.db, { title: 'Gelora', source, translation }, ctx.config);
    await importDocument(ctx.db, { title: 'Rahasia', source: 'Sandi nightjar.', translation: 'Codeword nightjar.', visibility: 'private' }, ctx.config);
  });
  afterAll(() => ctx.close());

  it('learns from the public documents only, and again when one is added', async () => {
    const table = new LearnedWordTable(ctx.db, inlineCompute);
    expect(await table.current()).toBeNull();
    const first = (await table.settled())!;
    expect(first.get('gelora')?.get('surge')).toBeGreaterThan(0.3);
    expect(first.has('sandi')).toBe(false);
    expect(await table.settled()).toBe(first);

    await importDocument(ctx.db, { title: 'Angin', source: 'Angin datang.', translation: 'The wind comes.' }, ctx.config);
    const second = (await table.settled())!;
    expect(second).not.toBe(first);
    expect(second.has('angin')).toBe(true);
  });
});
