import type { Db } from './database';
import { preparedQuery } from './prepared-query';

export interface DocumentStamp {
  documentId: number;
  /** Changes whenever the document's text, links or visibility change: its revision counter. */
  stamp: string;
}

/** One cheap query for all documents. */
export async function documentStamps(db: Db): Promise<DocumentStamp[]> {
  const rows = await db.selectFrom('documents').select(['id', 'revision']).orderBy('id').execute();
  return rows.map((r) => ({ documentId: r.id, stamp: String(r.revision) }));
}

/** The stamp of one document; undefined when there is no such document. */
const revisionRow = preparedQuery((db: Db, documentId: number) => db.selectFrom('documents').select('revision').where('id', '=', documentId));

export async function documentStamp(db: Db, documentId: number): Promise<string | undefined> {
  const [row] = await revisionRow(db, documentId);
  return row ? String(row.revision) : undefined;
}
