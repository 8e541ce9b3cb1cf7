import type { Db } from '../../store/database';
import { getDocument, getDocumentRow, type DocumentDetail } from '../../store/documents';
import type { DocumentRow } from '../../store/schema';
import type { Viewer } from '../auth/locals';
import { notFound } from '../../core/errors';

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
  if (!detail || !visibleTo(detail.document, viewer)) throw notFound('document');
  return detail;
}

/** The document's own row (title, visibility…) without its text, under the same rules. */
export async function loadDocumentRow(db: Db, rawId: string | undefined, viewer: Viewer = { user: null }): Promise<DocumentRow> {
  const id = documentIdFrom(rawId);
  const row = Number.isNaN(id) ? undefined : await getDocumentRow(db, id);
  if (!row || !visibleTo(row, viewer)) throw notFound('document');
  return row;
}

const visibleTo = (document: DocumentRow, viewer: Viewer) => document.visibility !== 'private' || Boolean(viewer.user);
