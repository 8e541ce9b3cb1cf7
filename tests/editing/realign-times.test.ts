import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realignDocument } from '../../src/editing/alignment';
import { importFiles } from '../../src/import/import-files';
import { readLinks } from '../../src/store/links';
import { makeTestDb, type TestDb } from '../support/database';
import { cue, DIALOGUE, englishSubtitles, srt } from '../support/subtitle-dialogue';

const shapes = (links: { source: number[]; target: number[] }[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

describe('re-aligning subtitles', () => {
  let t: TestDb;
  let id: number;
  const { target, times, gold } = englishSubtitles(9, 7);
  beforeEach(async () => {
    t = await makeTestDb();
    const indonesian = DIALOGUE.map(([text]) => text);
    const file = (text: string, name: string) => ({ file: { bytes: Buffer.from(text), name } });
    id = await importFiles(
      t.db,
      { source: file(srt(indonesian, indonesian.map((_, i) => cue(i))), 'id.srt'), translation: file(srt(target.map((c) => c.join(' ')), times), 'en.srt'), confirmLanguage: true },
      { maxDocumentBytes: 1_000_000 },
    );
  });
  afterEach(() => t.close());

  it('uses the stored cue times again, as the import did', async () => {
    expect(shapes(await readLinks(t.db, id, 'paragraph'))).toEqual(gold);
    await realignDocument(t.db, id, 'sari');
    expect(shapes(await readLinks(t.db, id, 'paragraph'))).toEqual(gold);
  });

  it('goes wrong on the text alone, once the times are gone', async () => {
    await t.db.updateTable('paragraphs').set({ kind: 'body', cue_start_ms: null, cue_end_ms: null }).where('document_id', '=', id).execute();
    await realignDocument(t.db, id, 'sari');
    expect(shapes(await readLinks(t.db, id, 'paragraph')).filter((link) => !gold.includes(link)).length).toBeGreaterThan(3);
  });
});
