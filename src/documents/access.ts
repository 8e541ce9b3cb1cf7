import { notFound } from '../core/errors';
import { canSee, parseId, type Viewer } from '../core/model';
import type { Db } from '../store/database';
import { getDocument, getDocumentRow, type DocumentDetail } from '../store/documents';
import { documentIdOfJob, documentIdOfParagraph, documentIdOfSentence } from '../store/owners';
import type { DocumentRow } from '../store/schema';

/**
 * The one document loader. Every route that names a document, or anything
 * inside one (a segment, a paragraph, a job, a glossary scope), comes here:
 * what the viewer may not see does not exist, and a missing id and a hidden
 * one give the same "not found", so no answer confirms that a private id exists.
 */
export async function findVisibleDocument(db: Db, viewer: Viewer, rawId: unknown): Promise<DocumentRow> {
  const id = typeof rawId === 'number' ? rawId : parseId(rawId);
  const row = id === null ? undefined : await getDocumentRow(db, id);
  if (!row || !canSee(viewer, row)) throw notFound('document');
  return row;
}

type Owner = (db: Db, id: number) => Promise<number | undefined>;

const OWNERS = {
  segment: documentIdOfSentence,
  paragraph: documentIdOfParagraph,
  job: documentIdOfJob,
} satisfies Record<string, Owner>;

export type Part = keyof typeof OWNERS;

/** A part of a document (by its own id) and the document it belongs to, under the same rule. */
export async function findVisiblePart(db: Db, viewer: Viewer, part: Part, rawId: unknown): Promise<{ id: number; document: DocumentRow }> {
  const id = typeof rawId === 'number' ? rawId : parseId(rawId);
  const documentId = id === null ? undefined : await OWNERS[part](db, id);
  const document = documentId === undefined ? undefined : await getDocumentRow(db, documentId);
  const what = part === 'job' ? 'translation job' : part;
  if (id === null || !document || !canSee(viewer, document)) throw notFound(what);
  return { id, document };
}

/** The whole of a document the loader already let through: its text, sentences and links. */
export async function documentDetail(db: Db, document: DocumentRow): Promise<DocumentDetail> {
  const detail = await getDocument(db, document.id);
  if (!detail) throw notFound('document');
  return detail;
}
