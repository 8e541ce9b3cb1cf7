import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERM, type TermDraft } from '../../src/core/glossary';
import { alignmentLexicon } from '../../src/glossary/alignment-lexicon';
import { createTerm } from '../../src/store/glossary';
import { readAlignmentState } from '../../src/editing/alignment-state';
import type { Express } from 'express';
import { makeTestApp, type TestContext } from '../support/app';
import { editorApp } from '../support/edit-fixture';

const draft = (source: string, targets: string[], extra: Partial<TermDraft> = {}): TermDraft => ({ ...DEFAULT_TERM, source, targets, ...extra });

// By their other words the two English paragraphs answer the Indonesian ones crosswise; the
// glossary pairs zorbak/wombat and mirat/dingo say they face each other.
const DOCUMENT = {
  title: 'Hewan',
  source: 'Kemarin zorbak datang ke rumah kami.\n\nHari ini mirat pergi ke pasar.',
  translation: 'Today the wombat went to the market.\n\nYesterday a dingo came to our house.',
};

describe('the glossary in re-alignment', () => {
  let ctx: TestContext;
  let app: Express;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx));
  });
  afterAll(() => ctx.close());

  const paragraphLinks = async (id: number) =>
    ((await request(app).get(`/api/documents/${id}/alignment`).expect(200)).body.paragraphLinks as { source: number[]; target: number[] }[])
      .map((l) => `${l.source.join(',')}-${l.target.join(',')}`)
      .join('|');

  it('takes approved terms only', async () => {
    await createTerm(ctx.db, draft('kampanye', ['campaign'], { status: 'proposed' }));
    expect([...(await alignmentLexicon(ctx.db)).keys()]).toEqual([]);
  });

  it('re-aligns a document with the terms approved since its import', async () => {
    const { id } = (await request(app).post('/api/documents').send(DOCUMENT).expect(201)).body as { id: number };
    expect(await paragraphLinks(id)).toBe('-0|0-1|1-');
    await createTerm(ctx.db, draft('zorbak', ['wombat']));
    await createTerm(ctx.db, draft('mirat', ['dingo']));
    expect((await readAlignmentState(ctx.db, id)).lexicon.get('zorbak')).toEqual(['wombat']);
    await request(app).post(`/api/documents/${id}/realign`).expect(200);
    expect(await paragraphLinks(id)).toBe('0-0|1-1');
  });
});
