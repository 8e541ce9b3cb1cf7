/**
 * The glossary's terms as pages and the API use them: every read and change goes through here,
 * so the checks (who may change, which scopes the viewer sees, the term rules) are written once.
 * Errors are DomainErrors; the web layer only turns them into answers.
 */
import { checkTermInput, GlossaryChangeError, TermInputError, type TermStatus } from '../core/glossary/index';
import { DomainError, notFound } from '../core/errors';
import { canEdit, canSee, parseId, type Viewer } from '../core/model';
import { findVisibleDocument } from '../documents/access';
import type { Db } from '../store/database';
import { listDocuments, type DocumentSummary } from '../store/documents';
import { createTerm, deleteTerm, getGlossaryVersion, getTerm, listTerms, updateTerm, type StoredTerm } from '../store/glossary';

export interface TermQuery {
  q?: string;
  status?: TermStatus;
  /** 'general': terms for every document; a number: that document's own terms. */
  scope?: 'general' | number;
}

/** Whether terms of private documents exist for this viewer: the one visibility rule, asked of a private document. */
const seesPrivate = (viewer: Viewer) => canSee(viewer, { visibility: 'private' });

export function requireEditor(viewer: Viewer): void {
  if (!canEdit(viewer)) throw new DomainError('unauthenticated', 'sign_in_required', 'Sign in to change the glossary.');
}

/**
 * The terms the viewer may see that match the query. A scope names a document through the one
 * loader, so a hidden document and a missing one give the same "not found".
 */
export async function findTerms(db: Db, viewer: Viewer, query: TermQuery = {}): Promise<StoredTerm[]> {
  const scope = typeof query.scope === 'number' ? (await findVisibleDocument(db, viewer, query.scope)).id : query.scope;
  return listTerms(db, { ...query, scope, onlyPublicScopes: !seesPrivate(viewer) });
}

/** One term, if the viewer may see the document it belongs to. */
export async function findTerm(db: Db, viewer: Viewer, rawId: unknown): Promise<StoredTerm> {
  const id = typeof rawId === 'number' ? rawId : parseId(rawId);
  const term = id === null ? undefined : await getTerm(db, id);
  if (!term) throw notFound('term');
  if (!(await seesScope(db, viewer, term.documentId))) throw notFound('term');
  return term;
}

/** The documents a term may belong to, as the viewer sees the library. */
export function termScopes(db: Db, viewer: Viewer): Promise<DocumentSummary[]> {
  return listDocuments(db, { includePrivate: seesPrivate(viewer) });
}

/** Whether the scope (null: every document) is one the viewer sees, asked of the one loader. */
async function seesScope(db: Db, viewer: Viewer, documentId: number | null): Promise<boolean> {
  if (documentId === null) return true;
  try {
    await findVisibleDocument(db, viewer, documentId);
    return true;
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'not_found') return false;
    throw err;
  }
}

/** A scope a change names must be a document the viewer sees; otherwise it is unknown, as a missing one is. */
export async function checkScope(db: Db, viewer: Viewer, documentId: number | null): Promise<void> {
  if (!(await seesScope(db, viewer, documentId))) throw new GlossaryChangeError('unknown_document', `There is no document ${documentId}.`);
}

/** Check, then store: a new term (id null) or the whole of an existing one. */
async function saveTerm(db: Db, viewer: Viewer, id: number | null, input: Readonly<Record<string, unknown>>): Promise<StoredTerm> {
  requireEditor(viewer);
  const check = checkTermInput(input);
  if (!check.ok) throw new TermInputError(check.errors);
  await checkScope(db, viewer, check.term.documentId);
  let saved = id;
  if (saved === null) saved = await createTerm(db, check.term, viewer.user?.name ?? null);
  else if (!(await updateTerm(db, saved, check.term))) throw notFound('term');
  const term = await getTerm(db, saved);
  if (!term) throw notFound('term');
  return term;
}

export function addTerm(db: Db, viewer: Viewer, input: Readonly<Record<string, unknown>>): Promise<StoredTerm> {
  return saveTerm(db, viewer, null, input);
}

/**
 * Replaces a term with the input; `partial` keeps the fields the input does not name (PATCH).
 */
export async function changeTerm(db: Db, viewer: Viewer, rawId: unknown, input: Readonly<Record<string, unknown>>, partial = false): Promise<StoredTerm> {
  requireEditor(viewer);
  const current = await findTerm(db, viewer, rawId);
  const { source, targets, note, mode, caseSensitive, status, documentId } = current;
  const merged = partial ? { source, targets, note, mode, caseSensitive, status, documentId, ...input } : input;
  return saveTerm(db, viewer, current.id, merged);
}

export async function removeTerm(db: Db, viewer: Viewer, rawId: unknown): Promise<void> {
  requireEditor(viewer);
  const term = await findTerm(db, viewer, rawId);
  if (!(await deleteTerm(db, term.id))) throw notFound('term');
}

/** Raised by every change; clients compare it to know whether their copy is current. */
export const glossaryVersion = (db: Db): Promise<number> => getGlossaryVersion(db);
