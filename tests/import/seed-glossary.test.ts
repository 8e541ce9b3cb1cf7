import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedGlossary, seedIfEmpty } from '../../src/import/seed';
import { setMeta } from '../../src/store/meta';
import { countTerms, createTerm, getGlossaryVersion, listTerms } from '../../src/store/glossary';
import { DEFAULT_TERM } from '../../src/core/glossary';
import { makeTestApp, type TestContext } from '../support/app';

describe('sample glossary', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());

  it('is loaded with the sample documents, once', async () => {
    await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config);
    expect(await countTerms(ctx.db)).toBe(37);
    expect(await getGlossaryVersion(ctx.db)).toBe(1);
    const [serangan] = await listTerms(ctx.db, { q: 'serangan' });
    expect(serangan).toMatchObject({ targets: ['attack', 'assault'], mode: 'derived', status: 'approved', documentId: null });
    await ctx.db.deleteFrom('glossary_terms').execute();
    await seedIfEmpty(ctx.db, ctx.config.seedsDir, ctx.config);
    expect(await countTerms(ctx.db)).toBe(0);
  });

  it('reaches a library made before glossaries, unless it already has terms', async () => {
    await setMeta(ctx.db, 'seeded_at', 'earlier');
    expect(await seedGlossary(ctx.db, ctx.config.seedsDir)).toBe(37);

    const other = await makeTestApp();
    try {
      await createTerm(other.db, { ...DEFAULT_TERM, source: 'milik', targets: ['own'] });
      expect(await seedGlossary(other.db, other.config.seedsDir)).toBe(0);
      expect(await countTerms(other.db)).toBe(1);
    } finally {
      await other.close();
    }
  });
});
