import { searchColumn } from '../core/search/words';
import { insertRows, ROWS_PER_STATEMENT } from './bulk-insert';
import type { Db } from './database';
import type { Lang, Origin, SegmentStatus, SentenceRow } from './schema';

// SQLite allows 32766 bound values per statement; stay well below it.
const ROWS_PER_INSERT = 500;

function chunks<T>(items: readonly T[], size = ROWS_PER_INSERT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One version of a sentence: a new sentence when `id` is absent (then its
 * place is needed), else the next version of that row, moved when a place is
 * given.
 */
export interface SentenceVersion {
  id?: number;
  paragraphId?: number;
  position?: number;
  lang: Lang;
  text: string;
  origin: Origin;
  status: SegmentStatus;
  version: number;
  /** Who the revision names as the text's origin when it differs from the row's (a person reviewing machine text). */
  revisionOrigin?: Origin;
  /** The text's search column (Indonesian roots, English stems) when it was worked out already (an import's roots, on the compute workers). */
  roots?: string;
  /** An Indonesian version that gets its revision too: a person's correction of the source. English versions always do. */
  keepHistory?: boolean;
}

const SENTENCE_COLUMNS = ['document_id', 'lang', 'paragraph_id', 'position', 'text', 'roots', 'origin', 'status', 'version', 'updated_at'];

// Written with the text, so search is current after every write (the index follows it): Indonesian
// roots, and English stems, which PostgreSQL indexes (SQLite's FTS5 stems the English text itself).
const rootsOf = (v: SentenceVersion) => v.roots ?? searchColumn(v.text, v.lang);

/**
 * The one writer of sentence text: inserts new sentences, moves existing ones
 * to their next version, and gives every English version its row in
 * segment_revisions, so the history always holds what the page showed.
 * Returns the sentences' ids in the order given. Positions must be free
 * (see shiftSentences); run it inside the change's transaction.
 */
export async function writeSentenceVersions(
  db: Db,
  documentId: number,
  versions: readonly SentenceVersion[],
  author: string | null,
  stamp: string,
): Promise<number[]> {
  const row = (v: SentenceVersion) => ({
    ...(v.paragraphId === undefined ? {} : { paragraph_id: v.paragraphId }),
    ...(v.position === undefined ? {} : { position: v.position }),
    text: v.text,
    roots: rootsOf(v),
    origin: v.origin,
    status: v.status,
    version: v.version,
    updated_at: stamp,
  });
  for (const v of versions) if (v.id !== undefined) await db.updateTable('sentences').set(row(v)).where('id', '=', v.id).execute();

  const fresh = versions.filter((v) => v.id === undefined);
  if (fresh.some((v) => v.paragraphId === undefined || v.position === undefined)) throw new Error('A new sentence needs its paragraph and position.');
  // A statement's rows at a time, so that the search column of a long side (English stems are worked out
  // here) is not computed in one go while the event loop waits: it turns between statements.
  const inserted: { id: number; lang: Lang; position: number }[] = [];
  for (let start = 0; start < fresh.length; start += ROWS_PER_STATEMENT) {
    const rows = fresh.slice(start, start + ROWS_PER_STATEMENT).map((v) => [documentId, v.lang, v.paragraphId, v.position, v.text, rootsOf(v), v.origin, v.status, v.version, stamp]);
    inserted.push(...(await insertRows<{ id: number; lang: Lang; position: number }>(db, 'sentences', SENTENCE_COLUMNS, rows, ['id', 'lang', 'position'])));
  }
  // RETURNING promises no order, so rows are matched by their place, unique per side.
  const newIds = new Map<string, number>();
  const place = (lang: Lang, position: number) => `${lang}:${position}`;
  for (const r of inserted) newIds.set(place(r.lang, r.position), r.id);
  const ids = versions.map((v) => v.id ?? newIds.get(place(v.lang, v.position!))!);

  const revisions: unknown[][] = [];
  versions.forEach((v, i) => {
    if (v.lang === 'en' || v.keepHistory) revisions.push([ids[i], documentId, v.version, v.text, v.revisionOrigin ?? v.origin, author, stamp]);
  });
  await insertRows(db, 'segment_revisions', ['sentence_id', 'document_id', 'version', 'text', 'origin', 'author', 'created_at'], revisions);
  return ids;
}

export function englishSentence(db: Db, id: number): Promise<SentenceRow | undefined> {
  return db.selectFrom('sentences').selectAll().where('id', '=', id).where('lang', '=', 'en').executeTakeFirst();
}

export function sourceSentence(db: Db, id: number): Promise<SentenceRow | undefined> {
  return db.selectFrom('sentences').selectAll().where('id', '=', id).where('lang', '=', 'id').executeTakeFirst();
}

/** The sentence at a place of one side, if any. */
export function sentenceAt(db: Db, documentId: number, lang: Lang, position: number): Promise<SentenceRow | undefined> {
  return db.selectFrom('sentences').selectAll().where('document_id', '=', documentId).where('lang', '=', lang).where('position', '=', position).executeTakeFirst();
}

export function paragraphSentences(db: Db, paragraphId: number): Promise<SentenceRow[]> {
  return db.selectFrom('sentences').selectAll().where('paragraph_id', '=', paragraphId).orderBy('position').execute();
}

/** Every sentence of one side, in document order. */
export function sideSentences(db: Db, documentId: number, lang: Lang): Promise<SentenceRow[]> {
  return db.selectFrom('sentences').selectAll().where('document_id', '=', documentId).where('lang', '=', lang).orderBy('position').execute();
}

/** Moves a row without giving it a new version: its text did not change. */
export async function placeSentence(db: Db, id: number, place: { paragraphId: number; position: number }): Promise<void> {
  await db.updateTable('sentences').set({ paragraph_id: place.paragraphId, position: place.position }).where('id', '=', id).execute();
}

/** Deletes sentence rows; their revisions stay, named by sentence id. */
export async function deleteSentences(db: Db, ids: readonly number[]): Promise<void> {
  for (const chunk of chunks(ids)) await db.deleteFrom('sentences').where('id', 'in', chunk).execute();
}
