import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveParagraph } from '../../src/editing/paragraph';
import { readLinks } from '../../src/store/links';
import { retiredSegments } from '../../src/store/retired-segments';
import { makeTestDb, type TestDb } from '../support/database';
import { englishOf, importMarket } from './fixture';

describe('editing a paragraph', () => {
  let t: TestDb;
  let id: number;
  let paragraphs: number[];
  beforeEach(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
    const rows = await t.db.selectFrom('paragraphs').select('id').where('document_id', '=', id).where('lang', '=', 'en').orderBy('position').execute();
    paragraphs = rows.map((r) => r.id);
  });
  afterEach(() => t.close());

  it('retires the rows it no longer needs, keeping them listed with their history', async () => {
    const english = await englishOf(t.db, id);
    const result = await saveParagraph(t.db, { paragraphId: paragraphs[0], text: 'It rained all morning.', versions: [1, 1] }, 'sari');
    expect(result).toMatchObject({ kind: 'saved', sentences: [{ id: english[0].id, text: 'It rained all morning.', version: 2 }] });
    expect((await englishOf(t.db, id)).map((s) => s.position)).toEqual([0, 1, 2]);
    const retired = await retiredSegments(t.db, id);
    expect(retired).toEqual([expect.objectContaining({ sentenceId: english[1].id, reason: 'paragraph_rewritten', revisions: [expect.objectContaining({ text: english[1].text })] })]);
    expect((await readLinks(t.db, id, 'sentence')).flatMap((l) => l.target)).toEqual([0, 1, 2]);
  });

  it('keeps the version of a sentence whose text did not change', async () => {
    const english = await englishOf(t.db, id);
    const text = `${english[2].text} Traders sell fruit. They sell greens too.`;
    const result = await saveParagraph(t.db, { paragraphId: paragraphs[1], text, versions: [1, 1] }, null);
    expect(result.kind === 'saved' && result.sentences.map((s) => [s.text, s.version])).toEqual([
      [english[2].text, 1],
      ['Traders sell fruit.', 2],
      ['They sell greens too.', 1],
    ]);
  });

  it('answers versions the page no longer matches with the stored paragraph', async () => {
    const result = await saveParagraph(t.db, { paragraphId: paragraphs[0], text: 'Stale.', versions: [1] }, null);
    expect(result).toMatchObject({ kind: 'conflict', current: { sentences: [{ version: 1 }, { version: 1 }] } });
  });

  it('refuses an unknown paragraph and an empty text', async () => {
    await expect(saveParagraph(t.db, { paragraphId: 999_999, text: 'x', versions: [] }, null)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(saveParagraph(t.db, { paragraphId: paragraphs[0], text: ' ', versions: [1, 1] }, null)).rejects.toMatchObject({ code: 'text_empty' });
  });
});
