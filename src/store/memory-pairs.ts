import type { Db } from './database';
import { sql } from 'kysely';
import { mergePendingEntries, rankedMemoryPairMatches, type FullTextQuery } from './dialect';

export interface MemoryPairInput {
  source: string;
  target: string;
  roots: string;
}

export interface StoredMemoryPair {
  id: number;
  source: string;
  target: string;
  fileName: string;
}

/** Rows per insert: well under SQLite's limit of bound values (7 columns each). */
const BATCH = 500;

/** All pairs of one import in one transaction: a failure stores none of them. */
export async function insertMemoryPairs(db: Db, pairs: readonly MemoryPairInput[], meta: { importId: string; fileName: string; author: string | null; at: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < pairs.length; i += BATCH) {
      const rows = pairs.slice(i, i + BATCH).map((p) => ({ ...p, import_id: meta.importId, file_name: meta.fileName, author: meta.author, created_at: meta.at }));
      await trx.insertInto('memory_pairs').values(rows).execute();
    }
  });
  await mergePendingEntries(db, 'memory_pairs_search');
}

/** Imported pairs whose Indonesian roots match the query best, best first. */
export async function memoryPairCandidates(db: Db, query: FullTextQuery, limit: number, rankAtMost?: number): Promise<StoredMemoryPair[]> {
  const { rows } = await sql<{ id: number; source: string; target: string; file_name: string }>`
    select p.id, p.source, p.target, p.file_name from ${rankedMemoryPairMatches(db, query, limit, rankAtMost)} as r
    join memory_pairs p on p.id = r.id order by r.relevance desc, p.id`.execute(db);
  return rows.map((r) => ({ id: r.id, source: r.source, target: r.target, fileName: r.file_name }));
}

export async function countMemoryPairs(db: Db): Promise<number> {
  const row = await db.selectFrom('memory_pairs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
