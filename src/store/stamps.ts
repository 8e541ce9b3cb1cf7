import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from './database';
import type { Database } from './schema';

export interface DocumentStamp {
  documentId: number;
  /** Changes whenever a sentence is added, removed or saved, or any link is rewritten. */
  stamp: string;
}

type DocumentRow = ExpressionBuilder<Database, 'documents'>;

/**
 * Sentence saves raise `version` and `updated_at`; links are replaced as a whole with fresh
 * ids, so their largest id and count move on every re-alignment or link edit.
 */
function stampColumns(eb: DocumentRow) {
  const links = (table: 'paragraph_links' | 'sentence_links') =>
    eb
      .selectFrom(`${table} as l`)
      .select(sql<string>`COUNT(*) || ':' || COALESCE(MAX(l.id), 0) || ':' || COALESCE(SUM(l.confirmed), 0)`.as('v'))
      .whereRef('l.document_id', '=', 'documents.id');
  return [
    'documents.id',
    'documents.updated_at',
    eb
      .selectFrom('sentences as s')
      .select(sql<string>`COUNT(*) || ':' || COALESCE(SUM(s.version), 0) || ':' || COALESCE(MAX(s.id), 0) || ':' || COALESCE(MAX(s.updated_at), '')`.as('v'))
      .whereRef('s.document_id', '=', 'documents.id')
      .as('sentences'),
    links('sentence_links').as('links'),
    links('paragraph_links').as('paragraph_links'),
  ] as const;
}

interface StampRow {
  id: number;
  updated_at: string;
  sentences: string | null;
  links: string | null;
  paragraph_links: string | null;
}

const toStamp = (r: StampRow): DocumentStamp => ({
  documentId: r.id,
  stamp: `${r.updated_at}|${r.sentences ?? ''}|${r.links ?? ''}|${r.paragraph_links ?? ''}`,
});

/** One cheap query for all documents. */
export async function documentStamps(db: Db): Promise<DocumentStamp[]> {
  const rows = await db.selectFrom('documents').select(stampColumns).orderBy('documents.id').execute();
  return rows.map(toStamp);
}

/** The stamp of one document; undefined when there is no such document. */
export async function documentStamp(db: Db, documentId: number): Promise<string | undefined> {
  const row = await db.selectFrom('documents').select(stampColumns).where('documents.id', '=', documentId).executeTakeFirst();
  return row ? toStamp(row).stamp : undefined;
}
