import { planSentenceReuse } from '../core/translate/sentence-reuse';
import type { Db } from './database';
import type { Origin, SentenceRow } from './schema';

export interface SideWriteOptions {
  origin: Exclude<Origin, 'source'>;
  author?: string | null;
  now?: Date;
}

type EnglishSentence = Pick<SentenceRow, 'id' | 'paragraph_id' | 'text' | 'origin' | 'version'>;

/**
 * Makes the English side of a document read `paragraphs` (sentences per
 * paragraph), changing as few rows as it can: see planSentenceReuse. A
 * sentence that gets new text gets a new version and a revision row, so
 * whatever it said before, a person's English included, stays in
 * segment_revisions. When a sentence row has to go, revisions a person wrote
 * move to the nearest remaining sentence rather than being lost with it.
 * Returns false, writing nothing, when the side already reads `paragraphs`.
 * Run it inside a transaction.
 */
export async function replaceEnglishSide(
  db: Db,
  documentId: number,
  paragraphs: string[][],
  options: SideWriteOptions,
): Promise<boolean> {
  const stamp = (options.now ?? new Date()).toISOString();
  const oldParagraphs = await db
    .selectFrom('paragraphs')
    .select(['id'])
    .where('document_id', '=', documentId)
    .where('lang', '=', 'en')
    .orderBy('position')
    .execute();
  const oldSentences: EnglishSentence[] = await db
    .selectFrom('sentences')
    .select(['id', 'paragraph_id', 'text', 'origin', 'version'])
    .where('document_id', '=', documentId)
    .where('lang', '=', 'en')
    .orderBy('position')
    .execute();
  if (readsAlready(oldParagraphs, oldSentences, paragraphs)) return false;

  await moveAside(db, documentId);
  const paragraphIds = await placeParagraphs(db, documentId, oldParagraphs.map((p) => p.id), paragraphs);
  const flat = paragraphs.flatMap((sentences, p) => sentences.map((text) => ({ text, paragraphId: paragraphIds[p]! })));
  const plan = planSentenceReuse(
    oldSentences.map((s) => s.text),
    flat.map((s) => s.text),
  );

  const finalIds: number[] = [];
  for (const [position, sentence] of flat.entries()) {
    const rowIndex = plan.rowFor[position];
    const row = rowIndex === null || rowIndex === undefined ? undefined : oldSentences[rowIndex];
    const place = { paragraph_id: sentence.paragraphId, position };
    if (!row) {
      finalIds.push(await insertSentence(db, documentId, sentence.text, place, options, stamp));
    } else if (row.text === sentence.text) {
      await db.updateTable('sentences').set(place).where('id', '=', row.id).execute();
      finalIds.push(row.id);
    } else {
      await rewriteSentence(db, documentId, row, sentence.text, place, options, stamp);
      finalIds.push(row.id);
    }
  }

  for (const rowIndex of plan.surplus) {
    const row = oldSentences[rowIndex]!;
    const heir = finalIds[nearestKept(plan.rowFor, rowIndex)];
    if (heir !== undefined) await handDownPersonalHistory(db, documentId, row, heir, stamp);
    await db.deleteFrom('sentences').where('id', '=', row.id).execute();
  }
  const surplusParagraphs = oldParagraphs.slice(paragraphs.length).map((p) => p.id);
  if (surplusParagraphs.length > 0) await db.deleteFrom('paragraphs').where('id', 'in', surplusParagraphs).execute();
  await db.updateTable('documents').set({ updated_at: stamp }).where('id', '=', documentId).execute();
  return true;
}

function readsAlready(oldParagraphs: { id: number }[], oldSentences: EnglishSentence[], paragraphs: string[][]): boolean {
  if (oldParagraphs.length !== paragraphs.length) return false;
  let next = 0;
  return paragraphs.every((sentences, p) =>
    sentences.every((text) => {
      const row = oldSentences[next++];
      return row !== undefined && row.text === text && row.paragraph_id === oldParagraphs[p]!.id;
    }),
  ) && next === oldSentences.length;
}

/**
 * Positions are unique per side, so rows are first moved to negative
 * positions; every row then gets its final place without colliding with a
 * row that has not moved yet (also where uniqueness is checked row by row).
 */
async function moveAside(db: Db, documentId: number): Promise<void> {
  for (const table of ['paragraphs', 'sentences'] as const) {
    await db
      .updateTable(table)
      .set((eb) => ({ position: eb(eb.neg(eb.ref('position')), '-', 1) }))
      .where('document_id', '=', documentId)
      .where('lang', '=', 'en')
      .execute();
  }
}

async function placeParagraphs(db: Db, documentId: number, oldIds: number[], paragraphs: string[][]): Promise<number[]> {
  const ids: number[] = [];
  for (const [position, sentences] of paragraphs.entries()) {
    const text = sentences.join(' ');
    const existing = oldIds[position];
    if (existing !== undefined) {
      await db.updateTable('paragraphs').set({ position, text }).where('id', '=', existing).execute();
      ids.push(existing);
    } else {
      const row = await db
        .insertInto('paragraphs')
        .values({ document_id: documentId, lang: 'en', position, text })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
  }
  return ids;
}

type Place = { paragraph_id: number; position: number };

async function insertSentence(db: Db, documentId: number, text: string, place: Place, options: SideWriteOptions, stamp: string) {
  const row = await db
    .insertInto('sentences')
    .values({
      document_id: documentId,
      lang: 'en',
      ...place,
      text,
      origin: options.origin,
      status: statusFor(options.origin),
      version: 1,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addRevision(db, row.id, documentId, 1, text, options.origin, options.author ?? null, stamp);
  return row.id;
}

async function rewriteSentence(
  db: Db,
  documentId: number,
  row: EnglishSentence,
  text: string,
  place: Place,
  options: SideWriteOptions,
  stamp: string,
) {
  await keepCurrentText(db, row, documentId, stamp);
  const version = Math.max(row.version, await latestRevision(db, row.id)) + 1;
  await db
    .updateTable('sentences')
    .set({ ...place, text, origin: options.origin, status: statusFor(options.origin), version, updated_at: stamp })
    .where('id', '=', row.id)
    .execute();
  await addRevision(db, row.id, documentId, version, text, options.origin, options.author ?? null, stamp);
}

/** A row's current text is normally its latest revision already; make sure before it is replaced. */
async function keepCurrentText(db: Db, row: EnglishSentence, documentId: number, stamp: string): Promise<void> {
  const current = await db
    .selectFrom('segment_revisions')
    .select('id')
    .where('sentence_id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (!current) await addRevision(db, row.id, documentId, row.version, row.text, row.origin, null, stamp);
}

async function latestRevision(db: Db, sentenceId: number): Promise<number> {
  const row = await db
    .selectFrom('segment_revisions')
    .select((eb) => eb.fn.max<number>('version').as('version'))
    .where('sentence_id', '=', sentenceId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Keeps what people wrote in a row about to be deleted, under the sentence that takes its place. */
async function handDownPersonalHistory(db: Db, documentId: number, row: EnglishSentence, heirId: number, stamp: string): Promise<void> {
  if (row.origin === 'human') await keepCurrentText(db, row, documentId, stamp);
  await db
    .updateTable('segment_revisions')
    .set({ sentence_id: heirId })
    .where('sentence_id', '=', row.id)
    .where('origin', '=', 'human')
    .execute();
}

/** Index in the new side of the sentence nearest to old row `rowIndex` among those that kept a row. */
function nearestKept(rowFor: (number | null)[], rowIndex: number): number {
  let best = 0;
  rowFor.forEach((old, position) => {
    if (old !== null && old < rowIndex) best = position;
  });
  return best;
}

function statusFor(origin: SideWriteOptions['origin']) {
  return origin === 'machine' ? ('machine' as const) : ('draft' as const);
}

async function addRevision(
  db: Db,
  sentenceId: number,
  documentId: number,
  version: number,
  text: string,
  origin: Origin,
  author: string | null,
  created_at: string,
) {
  await db
    .insertInto('segment_revisions')
    .values({ sentence_id: sentenceId, document_id: documentId, version, text, origin, author, created_at })
    .execute();
}
