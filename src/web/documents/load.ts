import type { Db } from '../../store/database';
import { getDocument, type DocumentDetail } from '../../store/documents';
import { notFound } from '../http-error';

/** Turns an `:id` route parameter into a stored document, or a 404. */
export async function loadDocument(db: Db, rawId: string | undefined): Promise<DocumentDetail> {
  const id = /^[1-9]\d{0,15}$/.test(rawId ?? '') ? Number(rawId) : NaN;
  const detail = Number.isSafeInteger(id) ? await getDocument(db, id) : undefined;
  if (!detail) throw notFound('document');
  return detail;
}
