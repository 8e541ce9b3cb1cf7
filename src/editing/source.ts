import { joinedSourceText, planSourceSave, replaceUnits, sentencesOfSourceEdit } from '../core/edit/index';
import { invalid, notFound } from '../core/errors';
import type { Db } from '../store/database';
import { readLinks, writeLinks } from '../store/links';
import { paragraphById } from '../store/paragraphs';
import { refreshParagraphText, shiftSentences } from '../store/positions';
import { revisionsOf } from '../store/revisions';
import type { SentenceRow } from '../store/schema';
import { deleteSentences, sentenceAt, sourceSentence, writeSentenceVersions, type SentenceVersion } from '../store/sentences';
import { lastAuthor } from '../store/status-events';
import { endChange } from './change';
import { stateOf, type SegmentState } from './segment';

/**
 * Corrections of the Indonesian side: a sentence's text (several sentences
 * when the text holds several, or where a line break was typed), and two
 * sentences of one paragraph joined. Each correction is a revision of the
 * sentence (the imported text becomes its first), and a change in the number
 * of sentences re-aligns the paragraph group, as on the English side.
 */

export interface SourceConflict extends SegmentState {
  savedBy: string | null;
  savedAt: string;
}

export type SourceResult = { kind: 'saved'; sentences: SegmentState[] } | { kind: 'conflict'; current: SourceConflict };

export const emptySource = () => invalid('source_text_empty', 'The Indonesian text is empty.');

async function conflictOf(db: Db, row: SentenceRow): Promise<{ kind: 'conflict'; current: SourceConflict }> {
  return { kind: 'conflict', current: { ...stateOf(row), savedBy: await lastAuthor(db, row.id, row.version), savedAt: row.updated_at } };
}

/** The next version of an Indonesian row: still the source, its revision named as a person's. */
const corrected = (row: SentenceRow, text: string): SentenceVersion => ({
  id: row.id,
  lang: 'id',
  text,
  origin: 'source',
  status: 'source',
  version: row.version + 1,
  revisionOrigin: 'human',
  keepHistory: true,
});

/** The text as imported becomes the first revision, so the history shows what a correction replaced. */
async function keepImportedText(db: Db, row: SentenceRow): Promise<void> {
  if ((await revisionsOf(db, row.id)).length > 0) return;
  const asImported = { id: row.id, lang: 'id' as const, text: row.text, origin: row.origin, status: row.status, version: row.version, keepHistory: true };
  await writeSentenceVersions(db, row.document_id, [asImported], null, row.updated_at);
}

export async function saveSourceSentence(
  db: Db,
  save: { sentenceId: number; text: string; version: number },
  author: string | null,
  now = new Date(),
): Promise<SourceResult> {
  const sentences = sentencesOfSourceEdit(save.text);
  if (sentences.length === 0) throw emptySource();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await sourceSentence(trx, save.sentenceId);
    if (!row) throw notFound('segment');
    if (row.version !== save.version) return conflictOf(trx, row);
    const plan = planSourceSave(row, sentences);
    if (plan.change === 'none') return { kind: 'saved', sentences: [stateOf(row)] } as const;

    const documentId = row.document_id;
    await keepImportedText(trx, row);
    await shiftSentences(trx, documentId, 'id', row.position + 1, plan.added.length);
    const added = plan.added.map(
      (text, i): SentenceVersion => ({
        paragraphId: row.paragraph_id,
        position: row.position + 1 + i,
        lang: 'id',
        text,
        origin: 'source',
        status: 'source',
        version: 1,
        revisionOrigin: 'human',
        keepHistory: true,
      }),
    );
    const ids = await writeSentenceVersions(trx, documentId, [corrected(row, plan.first), ...added], author, stamp);
    await refreshParagraphText(trx, row.paragraph_id);
    if (plan.added.length > 0) {
      const links = await readLinks(trx, documentId, 'sentence');
      await writeLinks(trx, documentId, 'sentence', replaceUnits(links, 'source', row.position, 1, 1 + plan.added.length));
    }
    const paragraph = await paragraphById(trx, row.paragraph_id);
    await endChange(trx, documentId, stamp, plan.added.length > 0 ? { realignSourceParagraph: paragraph?.position, unitsMoved: true } : {});
    const texts = [plan.first, ...plan.added];
    return {
      kind: 'saved',
      sentences: texts.map((text, i) => ({ id: ids[i], text, version: i === 0 ? row.version + 1 : 1, status: 'source' as const })),
    } as const;
  });
}

/**
 * Joins an Indonesian sentence with the next one of the same paragraph (joining across paragraphs
 * would change the paragraphs, which is not a sentence correction). `nextVersion`, when given, is the
 * version of the next sentence the page showed.
 */
export async function joinSourceSentences(
  db: Db,
  join: { sentenceId: number; version: number; nextVersion?: number },
  author: string | null,
  now = new Date(),
): Promise<SourceResult> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await sourceSentence(trx, join.sentenceId);
    if (!row) throw notFound('segment');
    const documentId = row.document_id;
    const next = await sentenceAt(trx, documentId, 'id', row.position + 1);
    if (!next || next.paragraph_id !== row.paragraph_id) {
      throw invalid('no_next_sentence', 'This is the last Indonesian sentence of its paragraph; there is nothing to join it with.');
    }
    if (row.version !== join.version) return conflictOf(trx, row);
    if (join.nextVersion !== undefined && next.version !== join.nextVersion) return conflictOf(trx, next);

    await keepImportedText(trx, row);
    const text = joinedSourceText(row.text, next.text);
    await writeSentenceVersions(trx, documentId, [corrected(row, text)], author, stamp);
    // The next row goes; its text lives on in the joined one, and its revisions stay under its id.
    await deleteSentences(trx, [next.id]);
    await shiftSentences(trx, documentId, 'id', next.position + 1, -1);
    await refreshParagraphText(trx, row.paragraph_id);
    const links = await readLinks(trx, documentId, 'sentence');
    await writeLinks(trx, documentId, 'sentence', replaceUnits(links, 'source', row.position, 2, 1));
    const paragraph = await paragraphById(trx, row.paragraph_id);
    await endChange(trx, documentId, stamp, { realignSourceParagraph: paragraph?.position, unitsMoved: true });
    return { kind: 'saved', sentences: [{ id: row.id, text, version: row.version + 1, status: 'source' as const }] } as const;
  });
}
