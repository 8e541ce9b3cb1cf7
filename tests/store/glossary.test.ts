import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TERM, type TermDraft } from '../../src/core/glossary';
import {
  countTerms, createTerm, deleteTerm, getGlossaryVersion, getTerm, GlossaryChangeError, importTerms, listTerms, updateTerm,
} from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';

const draft = (source: string, targets: string[], extra: Partial<TermDraft> = {}): TermDraft => ({ ...DEFAULT_TERM, source, targets, ...extra });

describe('glossary store', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await makeTestApp();
  });
  afterEach(() => ctx.close());

  it('creates, reads, updates and deletes, raising the version on each change', async () => {
    expect(await getGlossaryVersion(ctx.db)).toBe(0);
    const id = await createTerm(ctx.db, draft('serangan', ['attack'], { mode: 'derived', note: 'root serang' }));
    expect(await getGlossaryVersion(ctx.db)).toBe(1);
    expect(await getTerm(ctx.db, id)).toMatchObject({ id, source: 'serangan', targets: ['attack'], mode: 'derived', note: 'root serang', documentId: null });
    expect(await updateTerm(ctx.db, id, draft('serangan', ['attack', 'assault'], { status: 'proposed' }))).toBe(true);
    expect(await getTerm(ctx.db, id)).toMatchObject({ targets: ['attack', 'assault'], status: 'proposed' });
    expect(await getGlossaryVersion(ctx.db)).toBe(2);
    expect(await updateTerm(ctx.db, id + 1, draft('x', ['y']))).toBe(false);
    expect(await deleteTerm(ctx.db, id)).toBe(true);
    expect(await deleteTerm(ctx.db, id)).toBe(false);
    expect(await getGlossaryVersion(ctx.db)).toBe(3);
  });

  it('refuses a duplicate source in the same scope, any case, but allows it case-sensitively or for one document', async () => {
    await createTerm(ctx.db, draft('Pasukan', ['troops']));
    const duplicate = createTerm(ctx.db, draft('pasukan', ['forces']));
    await expect(duplicate).rejects.toBeInstanceOf(GlossaryChangeError);
    await expect(duplicate).rejects.toMatchObject({ code: 'duplicate_term' });
    await createTerm(ctx.db, draft('PASUKAN', ['troops'], { caseSensitive: true }));
    await expect(createTerm(ctx.db, draft('pasukan', ['troops'], { documentId: 99 }))).rejects.toMatchObject({ code: 'unknown_document' });
    expect(await countTerms(ctx.db)).toBe(2);
    expect(await getGlossaryVersion(ctx.db)).toBe(2);
  });

  it('searches Indonesian and English text, any case, with LIKE wildcards taken literally', async () => {
    await importTerms(ctx.db, [draft('serangan', ['attack']), draft('pasukan', ['Troops']), draft('persen', ['100%']), draft('tanda_hubung', ['dash'])]);
    const sources = async (q: string) => (await listTerms(ctx.db, { q })).map((t) => t.source);
    expect(await sources('SERANG')).toEqual(['serangan']);
    expect(await sources('troop')).toEqual(['pasukan']);
    expect(await sources('%')).toEqual(['persen']);
    expect(await sources('_')).toEqual(['tanda_hubung']);
    expect(await sources('')).toEqual(['pasukan', 'persen', 'serangan', 'tanda_hubung']);
  });

  it('filters by status and scope', async () => {
    const [doc] = await ctx.db.insertInto('documents').values({ title: 'D', target_lang: 'en-US', created_at: '', updated_at: '' }).returning('id').execute();
    await importTerms(ctx.db, [draft('a', ['x']), draft('b', ['y'], { status: 'proposed' }), draft('c', ['z'], { documentId: doc!.id })]);
    expect((await listTerms(ctx.db, { status: 'proposed' })).map((t) => t.source)).toEqual(['b']);
    expect((await listTerms(ctx.db, { scope: 'general' })).map((t) => t.source)).toEqual(['a', 'b']);
    expect((await listTerms(ctx.db, { scope: doc!.id })).map((t) => t.source)).toEqual(['c']);
  });

  it('imports a file whole: existing sources are updated, others added, one version step', async () => {
    await createTerm(ctx.db, draft('pasukan', ['troops']));
    const summary = await importTerms(ctx.db, [draft('Pasukan', ['forces'], { note: 'new' }), draft('serangan', ['attack'])]);
    expect(summary).toEqual({ added: 1, updated: 1 });
    expect((await listTerms(ctx.db)).map((t) => [t.source, t.targets, t.note])).toEqual([
      ['Pasukan', ['forces'], 'new'],
      ['serangan', ['attack'], ''],
    ]);
    expect(await getGlossaryVersion(ctx.db)).toBe(2);
  });

  it('stores nothing when an import fails', async () => {
    await expect(importTerms(ctx.db, [draft('a', ['x']), draft('b', ['y'], { documentId: 42 })])).rejects.toMatchObject({ code: 'unknown_document' });
    expect(await countTerms(ctx.db)).toBe(0);
    expect(await getGlossaryVersion(ctx.db)).toBe(0);
  });
});
