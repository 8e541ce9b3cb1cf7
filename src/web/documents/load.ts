import type { Db } from '../../store/database';
import { getDocument, type DocumentDetail } from '../../store/documents';
import type { Viewer } from '../auth/locals';
import { notFound } from '../http-error';

export function documentIdFrom(rawId: string | undefined): number {
  const id = /^[1-9]\d{0,15}$/.test(rawId ?? '') ? Number(rawId) : NaN;
  return Number.isSafeInteger(id) ? id : NaN;
}

/**
 * Turns an `:id` route parameter into a stored document, or a 404. A private
 * document does not exist for anonymous viewers: not even a 403 gives it away.
 * Without a viewer the caller is treated as anonymous.
 */
export async function loadDocument(db: Db, rawId: string | undefined, viewer: Viewer = { user: null }): Promise<DocumentDetail> {
  const id = documentIdFrom(rawId);
  const detail = Number.isNaN(id) ? undefined : await getDocument(db, id);
  if (!detail || (detail.document.visibility === 'private' && !viewer.user)) throw notFound('document');
  return detail;
}
