import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryChangeError, TermInputError } from '../../src/core/glossary';
import type { Viewer } from '../../src/core/model';
import { addTerm, changeTerm, findTerm, findTerms, removeTerm } from '../../src/glossary/terms';
import { insertDocument } from '../../src/store/documents';
import { countTerms } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';

const anonymous: Viewer = { user: null };
const editor: Viewer = { user: { id: 1, name: 'sari', role: 'editor' } };

/** The glossary service without HTTP: the checks and the visibility rule hold for every caller. */
describe('glossary terms service', () => {
  let ctx: TestContext;
  let privateId: number;
  beforeEach(async () => {
    ctx = await makeTestApp();
    const empty = { source: [], translation: [], translationOrigin: 'human' as const, paragraphLinks: [], sentenceLinks: [] };
    privateId = await insertDocument(ctx.db, { ...empty, title: 'Rahasia', visibility: 'private' });
  });
  afterEach(() => ctx.close());

  it('refuses a bad term with every field problem, and stores nothing', async () => {
    const refused = addTerm(ctx.db, editor, { source: '', targets: ['a|b'], mode: 'stem' });
    await expect(refused).rejects.toBeInstanceOf(TermInputError);
    await expect(refused).rejects.toMatchObject({ kind: 'invalid', fields: [{ field: 'source' }, { field: 'targets', code: 'separator' }, { field: 'mode' }] });
    expect(await countTerms(ctx.db)).toBe(0);
  });

  it('lets only a signed-in viewer change the glossary', async () => {
    await expect(addTerm(ctx.db, anonymous, { source: 'rapat', targets: ['meeting'] })).rejects.toMatchObject({ kind: 'unauthenticated' });
    const term = await addTerm(ctx.db, editor, { source: 'rapat', targets: ['meeting'] });
    expect(term.author).toBe('sari');
    await expect(changeTerm(ctx.db, anonymous, term.id, { status: 'proposed' }, true)).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(removeTerm(ctx.db, anonymous, term.id)).rejects.toMatchObject({ kind: 'unauthenticated' });
    expect((await changeTerm(ctx.db, editor, term.id, { status: 'proposed' }, true)).status).toBe('proposed');
  });

  it('hides a private document\'s terms from an anonymous viewer, and its scope as if missing', async () => {
    const secret = await addTerm(ctx.db, editor, { source: 'rapat rahasia', targets: ['secret meeting'], documentId: privateId });
    await addTerm(ctx.db, editor, { source: 'rapat', targets: ['meeting'] });
    expect((await findTerms(ctx.db, anonymous)).map((t) => t.source)).toEqual(['rapat']);
    expect((await findTerms(ctx.db, editor)).map((t) => t.source)).toEqual(['rapat', 'rapat rahasia']);
    await expect(findTerm(ctx.db, anonymous, secret.id)).rejects.toMatchObject({ kind: 'not_found' });
    const hidden = await findTerms(ctx.db, anonymous, { scope: privateId }).catch((err: unknown) => err);
    const missing = await findTerms(ctx.db, anonymous, { scope: privateId + 1000 }).catch((err: unknown) => err);
    expect(hidden).toMatchObject({ kind: 'not_found' });
    expect(hidden).toEqual(missing);
  });

  it('refuses a scope that is not a document, and a duplicate in the same scope', async () => {
    await expect(addTerm(ctx.db, editor, { source: 'rapat', targets: ['meeting'], documentId: 999 })).rejects.toMatchObject({ code: 'unknown_document' });
    await addTerm(ctx.db, editor, { source: 'rapat', targets: ['meeting'] });
    const duplicate = addTerm(ctx.db, editor, { source: 'Rapat', targets: ['assembly'] });
    await expect(duplicate).rejects.toBeInstanceOf(GlossaryChangeError);
    await expect(duplicate).rejects.toMatchObject({ kind: 'conflict', code: 'duplicate_term', params: { source: 'Rapat' } });
  });
});
