import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeWithNext } from '../../src/core/edit/index';
import { segmentDocument } from '../../src/core/text/index';
import { editLinks, realignDocument, stepHistory } from '../../src/editing/alignment';
import { replaceTranslation } from '../../src/editing/english-side';
import { saveParagraph } from '../../src/editing/paragraph';
import { revertSegment, saveSegment, segmentHistory } from '../../src/editing/segment';
import type { Db } from '../../src/store/database';
import { setDocumentVisibility } from '../../src/store/documents';
import { putMachineParagraph, setDocumentTargetLang } from '../../src/store/machine-translations';
import { documentStamp, documentStamps } from '../../src/store/stamps';
import { applyMachineEnglish } from '../../src/machine-translation/machine-english';
import { makeTestDb, type TestDb } from '../support/database';
import { englishOf, importMarket, revisionOf } from './fixture';

async function storeMachineEnglish(db: Db, documentId: number) {
  for (const position of [0, 1]) {
    await putMachineParagraph(db, {
      documentId,
      sourcePosition: position,
      cacheKey: `m${documentId}-${position}`,
      text: `Machine text ${position}.`,
      engine: 'test',
      model: null,
      targetLang: 'en-US',
      jobId: null,
      billedCharacters: 0,
    });
  }
}

/**
 * Every kind of change raises documents.revision in its own transaction, and the
 * caches' stamp is that counter; a change that fails raises nothing.
 */
describe('the document revision', () => {
  let t: TestDb;
  let id: number;
  let other: number;
  beforeAll(async () => {
    t = await makeTestDb();
    id = await importMarket(t.db);
    other = await importMarket(t.db);
  });
  afterAll(() => t.close());

  const paragraphOf = async (position: number) =>
    (await t.db.selectFrom('paragraphs').select('id').where('document_id', '=', id).where('lang', '=', 'en').where('position', '=', position).executeTakeFirstOrThrow()).id;

  const changes: [string, () => Promise<unknown>][] = [
    ['a segment save', async () => {
      const [first] = await englishOf(t.db, id);
      await saveSegment(t.db, { sentenceId: first.id, text: 'Rain since dawn.', version: first.version }, 'sari');
    }],
    ['a segment save that splits it', async () => {
      const [first] = await englishOf(t.db, id);
      await saveSegment(t.db, { sentenceId: first.id, text: 'Rain since dawn. Still raining.', version: first.version }, 'sari');
    }],
    ['a revert', async () => {
      const [first] = await englishOf(t.db, id);
      const oldest = (await segmentHistory(t.db, first.id)).revisions.at(-1)!;
      await revertSegment(t.db, { sentenceId: first.id, revisionId: oldest.id, version: first.version }, 'sari');
    }],
    ['a paragraph save', async () => {
      const sentences = (await englishOf(t.db, id)).slice(-2);
      await saveParagraph(t.db, { paragraphId: await paragraphOf(1), text: 'A busy market.', versions: sentences.map((s) => s.version) }, 'sari');
    }],
    ['a translation replace', () => replaceTranslation(t.db, id, segmentDocument('Rain.\n\nMarket. Traders.', 'en'), 'sari')],
    ['an alignment operation', () => editLinks(t.db, { documentId: id, level: 'sentence', kind: 'merge', edit: (l) => mergeWithNext(l, 0) }, 'sari')],
    ['an undo', () => stepHistory(t.db, id, 'undo')],
    ['a redo', () => stepHistory(t.db, id, 'redo')],
    ['a re-alignment', () => realignDocument(t.db, id, 'sari')],
    ['a machine translation write', async () => {
      await storeMachineEnglish(t.db, id);
      expect(await applyMachineEnglish(t.db, id, { replacePersonal: true })).toBe(true);
    }],
    ['a visibility change', () => setDocumentVisibility(t.db, id, 'private')],
    ['a new target language', () => setDocumentTargetLang(t.db, id, 'en-GB')],
  ];

  it('starts at 1 on import', async () => {
    expect(await revisionOf(t.db, id)).toBe(1);
    expect(await documentStamp(t.db, id)).toBe('1');
  });

  it.each(changes)('rises on %s, for that document only', async (_name, change) => {
    const [before, otherBefore] = [await revisionOf(t.db, id), await revisionOf(t.db, other)];
    await change();
    expect(await revisionOf(t.db, id)).toBe(before + 1);
    expect(await revisionOf(t.db, other)).toBe(otherBefore);
    expect(await documentStamp(t.db, id)).toBe(String(before + 1));
    expect((await documentStamps(t.db)).find((s) => s.documentId === id)?.stamp).toBe(String(before + 1));
  });

  it('stays when a change is refused or changes nothing', async () => {
    const before = await revisionOf(t.db, id);
    await expect(stepHistory(t.db, id, 'redo')).rejects.toMatchObject({ code: 'nothing_to_redo' });
    const [first] = await englishOf(t.db, id);
    await expect(saveSegment(t.db, { sentenceId: first.id, text: 'Stale.', version: first.version - 1 }, null)).resolves.toMatchObject({ kind: 'conflict' });
    expect(await applyMachineEnglish(t.db, id, { replacePersonal: true })).toBe(false);
    expect(await revisionOf(t.db, id)).toBe(before);
  });
});
