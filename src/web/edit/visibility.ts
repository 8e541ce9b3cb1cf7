import type { Response } from 'express';
import type { Db } from '../../store/database';
import { notFound } from '../../core/errors';

/**
 * A private document does not exist for anonymous readers, as on the
 * reader; the edit API's read routes answer the same 404.
 */
export async function requireVisibleDocument(db: Db, documentId: number, res: Response): Promise<void> {
  const row = await db.selectFrom('documents').select('visibility').where('id', '=', documentId).executeTakeFirst();
  if (!row || (row.visibility === 'private' && !res.locals.user)) throw notFound('document');
}

/** The same rule for a segment, through the document it belongs to. */
export async function requireVisibleSegment(db: Db, sentenceId: number, res: Response): Promise<void> {
  const row = await db.selectFrom('sentences').select('document_id').where('id', '=', sentenceId).executeTakeFirst();
  if (!row) throw notFound('segment');
  await requireVisibleDocument(db, row.document_id, res);
}
