import { sql } from 'kysely';
import type { Db } from '../store/database';

export interface DocumentStamp {
  documentId: number;
  /** Changes whenever a sentence is added, removed or saved, or the links are rebuilt. */
  stamp: string;
}

/**
 * One cheap query for all documents. Sentence saves raise `version` and `updated_at`; links are
 * replaced as a whole with fresh ids, so their largest id and count move on every re-alignment.
 */
export async function documentStamps(db: Db): Promise<DocumentStamp[]> {
  const rows = await db
    .selectFrom('documents as d')
    .select((eb) => [
      'd.id',
      'd.updated_at',
      eb
        .selectFrom('sentences as s')
        .select(sql<string>`COUNT(*) || ':' || COALESCE(SUM(s.version), 0) || ':' || COALESCE(MAX(s.id), 0) || ':' || COALESCE(MAX(s.updated_at), '')`.as('v'))
        .whereRef('s.document_id', '=', 'd.id')
        .as('sentences'),
      eb
        .selectFrom('sentence_links as l')
        .select(sql<string>`COUNT(*) || ':' || COALESCE(MAX(l.id), 0) || ':' || COALESCE(SUM(l.confirmed), 0)`.as('v'))
        .whereRef('l.document_id', '=', 'd.id')
        .as('links'),
    ])
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({ documentId: r.id, stamp: `${r.updated_at}|${r.sentences ?? ''}|${r.links ?? ''}` }));
}
