/**
 * The library's pairs whose Indonesian reads exactly as one of given sentences: what an import
 * pre-fills from memory. Three batched steps, each through an index: the sentences by the start of
 * their text (migration 010), the link that starts at each and holds it alone (migration 009), and
 * that link's English sentences (by document, language and position). Pairs of imported memory
 * files likewise, by the start of their Indonesian (migration 017).
 */
import { sql } from 'kysely';
import type { Db } from './database';
import type { SegmentStatus } from './schema';

/** Texts, hits or links per query: well under SQLite's limit of bound values. */
const BATCH = 300;
/** How far into a sentence the indexes of migrations 010 and 017 reach. */
const INDEXED_START = 100;
/** Most stored copies of one batch of texts read: a sentence the library holds thousands of times needs few of them. */
const MAX_COPIES_PER_BATCH = 20 * BATCH;

export interface ExactPair {
  sentenceId: number;
  source: string;
  target: { text: string; status: SegmentStatus }[];
}

interface SourceHit {
  id: number;
  documentId: number;
  position: number;
  text: string;
}

/** Pairs of one Indonesian sentence (alone on its side of the link) to its English; private documents only when `includePrivate`. */
export async function exactSourcePairs(db: Db, texts: readonly string[], options: { includePrivate: boolean }): Promise<ExactPair[]> {
  const hits = await sentencesReading(db, texts, options.includePrivate);
  const pairs: ExactPair[] = [];
  for (let i = 0; i < hits.length; i += BATCH) pairs.push(...(await pairsOf(db, hits.slice(i, i + BATCH))));
  return pairs;
}

/** The rows whose text reads exactly as one of `texts`, read by batches of their starts (what the indexes hold). */
async function readingExactly<R>(texts: readonly string[], read: (starts: string[]) => Promise<R[]>, text: (row: R) => string): Promise<R[]> {
  const wanted = new Set(texts);
  const starts = [...new Set(texts.map((t) => t.slice(0, INDEXED_START)))];
  const found: R[] = [];
  for (let i = 0; i < starts.length; i += BATCH) {
    for (const row of await read(starts.slice(i, i + BATCH))) if (wanted.has(text(row))) found.push(row);
  }
  return found;
}

async function sentencesReading(db: Db, texts: readonly string[], includePrivate: boolean): Promise<SourceHit[]> {
  const rows = await readingExactly(
    texts,
    (starts) =>
      db
        .selectFrom('sentences as s')
        .innerJoin('documents as d', 'd.id', 's.document_id')
        .select(['s.id', 's.document_id', 's.position', 's.text'])
        .where('s.lang', '=', 'id')
        .where(sql<string>`substr(s.text, 1, 100)`, 'in', starts)
        .$if(!includePrivate, (qb) => qb.where('d.visibility', '=', 'public'))
        .limit(MAX_COPIES_PER_BATCH)
        .execute(),
    (r) => r.text,
  );
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, position: r.position, text: r.text }));
}

async function pairsOf(db: Db, hits: readonly SourceHit[]): Promise<ExactPair[]> {
  const links = await db
    .selectFrom('sentence_links')
    .select(['document_id', 'source_first', 'target_first', 'target_last'])
    .where((eb) => eb.or(hits.map((h) => eb.and([eb('document_id', '=', h.documentId), eb('source_first', '=', h.position)]))))
    .whereRef('source_last', '=', 'source_first')
    .where('target_first', 'is not', null)
    .execute();
  if (links.length === 0) return [];
  const english = await db
    .selectFrom('sentences')
    .select(['document_id', 'position', 'text', 'status'])
    .where((eb) =>
      eb.or(links.map((l) => eb.and([eb('document_id', '=', l.document_id), eb('lang', '=', 'en'), eb('position', '>=', l.target_first!), eb('position', '<=', l.target_last!)]))),
    )
    .orderBy('position')
    .execute();
  const linkAt = new Map(links.map((l) => [`${l.document_id}:${l.source_first}`, l]));
  return hits.flatMap((h) => {
    const link = linkAt.get(`${h.documentId}:${h.position}`);
    if (!link) return [];
    const target = english
      .filter((e) => e.document_id === h.documentId && e.position >= link.target_first! && e.position <= link.target_last!)
      .map((e) => ({ text: e.text, status: e.status }));
    return [{ sentenceId: h.id, source: h.text, target }];
  });
}

export interface ExactFilePair {
  id: number;
  source: string;
  target: string;
}

/** Pairs of imported memory files (migration 014) whose Indonesian reads exactly as one of `texts`, through the index on its start (migration 017). */
export function exactMemoryFilePairs(db: Db, texts: readonly string[]): Promise<ExactFilePair[]> {
  return readingExactly(
    texts,
    (starts) => db.selectFrom('memory_pairs').select(['id', 'source', 'target']).where(sql<string>`substr(source, 1, 100)`, 'in', starts).limit(MAX_COPIES_PER_BATCH).execute(),
    (r) => r.source,
  );
}

