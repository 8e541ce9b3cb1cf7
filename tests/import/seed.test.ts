import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../src/import/seed';
import { countDocuments, getDocument } from '../../src/store/documents';
import { makeTestApp, type TestContext } from '../support/app';

describe('sample content', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());

  it('is imported into an empty library, once', async () => {
    const ids = await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config);
    expect(ids).toEqual([1]);
    expect(await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config)).toEqual([]);
    expect(await countDocuments(ctx.db)).toBe(1);
  });

  it('does not come back after the owner deletes it', async () => {
    await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config);
    await ctx.db.deleteFrom('documents').execute();
    expect(await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config)).toEqual([]);
    expect(await countDocuments(ctx.db)).toBe(0);
  });

  it('credits the source and has titles in both languages', async () => {
    await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config);
    const detail = await getDocument(ctx.db, 1);
    expect(detail?.document).toMatchObject({
      title: 'Misi Penjaga Perdamaian CSTO di Kazakhstan',
      title_en: 'The CSTO Peacekeeping Mission in Kazakhstan',
      source_name: 'Intisari-online.com',
    });
    // The byline label "Penulis" is not content.
    expect(detail?.source[0].text).toMatch(/^Intisari-online.com/);
  });

  it('exercises the aligner: a merge, a split and a sentence split', async () => {
    await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config);
    const detail = await getDocument(ctx.db, 1);
    const shapes = detail!.paragraphLinks.map((l) => `${l.source.length}-${l.target.length}`);
    expect(shapes.filter((s) => s === '2-1')).toHaveLength(1);
    expect(shapes.filter((s) => s === '1-2')).toHaveLength(1);
    const sentenceShapes = detail!.sentenceLinks.map((l) => `${l.source.length}-${l.target.length}`);
    expect(sentenceShapes).toContain('1-2');
  });
});
