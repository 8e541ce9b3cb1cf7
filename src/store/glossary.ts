import { sql } from 'kysely';
import { GlossaryChangeError, termSourceKey, type GlossaryTerm, type TermDraft } from '../core/glossary/index';
import type { Db } from './database';
import { preparedQuery } from './prepared-query';
import type { GlossaryTermRow } from './schema';

export { GlossaryChangeError };

export interface StoredTerm extends GlossaryTerm {
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TermFilter {
  /** Text found in the Indonesian source or in an English equivalent, any case. */
  q?: string;
  status?: GlossaryTerm['status'];
  /** 'general': terms for every document; a number: that document's own terms. */
  scope?: 'general' | number;
  /** Leave out the terms of private documents (for a viewer who may not see them). */
  onlyPublicScopes?: boolean;
}

export interface ImportSummary {
  added: number;
  updated: number;
}

const VERSION_KEY = 'glossary_version';

function toTerm(row: GlossaryTermRow): StoredTerm {
  return {
    id: row.id,
    source: row.source,
    targets: JSON.parse(row.targets_json) as string[],
    note: row.note,
    mode: row.mode,
    caseSensitive: row.case_sensitive === 1,
    status: row.status,
    documentId: row.document_id,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a search of the equivalents looks in: the words, one equivalent per line, lower-cased. */
export function targetsSearchText(targets: readonly string[]): string {
  return targets.join('\n').toLowerCase();
}

function columns(term: TermDraft) {
  return {
    source: term.source,
    source_key: termSourceKey(term.source, term.caseSensitive),
    targets_json: JSON.stringify(term.targets),
    targets_search: targetsSearchText(term.targets),
    note: term.note,
    mode: term.mode,
    case_sensitive: term.caseSensitive ? 1 : 0,
    status: term.status,
    document_id: term.documentId,
  };
}

/** Raised by every change, so caches (reader checks, the DeepL glossary) know when to rebuild. */
async function bumpVersion(db: Db): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key: VERSION_KEY, value: '1' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql<string>`CAST(CAST(app_meta.value AS INTEGER) + 1 AS TEXT)` }))
    .execute();
}

const versionRow = preparedQuery((db: Db, key: string) => db.selectFrom('app_meta').select('value').where('key', '=', key));

export async function getGlossaryVersion(db: Db): Promise<number> {
  const [row] = await versionRow(db, VERSION_KEY);
  return row ? Number(row.value) : 0;
}

/** A LIKE pattern for text anywhere, its own % and _ taken literally; white space as the terms keep it. */
function likePattern(q: string): string {
  const text = q.replace(/\s+/g, ' ').toLowerCase();
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

export async function listTerms(db: Db, filter: TermFilter = {}): Promise<StoredTerm[]> {
  let query = db
    .selectFrom('glossary_terms as g')
    .leftJoin('documents as d', 'd.id', 'g.document_id')
    .selectAll('g')
    .$if(Boolean(filter.onlyPublicScopes), (qb) => qb.where((eb) => eb.or([eb('g.document_id', 'is', null), eb('d.visibility', '=', 'public')])));
  const q = filter.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    query = query.where(sql<boolean>`(lower(g.source) LIKE ${pattern} ESCAPE '\\' OR g.targets_search LIKE ${pattern} ESCAPE '\\')`);
  }
  if (filter.status) query = query.where('g.status', '=', filter.status);
  if (filter.scope === 'general') query = query.where('g.document_id', 'is', null);
  else if (typeof filter.scope === 'number') query = query.where('g.document_id', '=', filter.scope);
  const rows = await query.orderBy('g.source_key').orderBy('g.id').execute();
  return rows.map(toTerm);
}

export async function getTerm(db: Db, id: number): Promise<StoredTerm | undefined> {
  const row = await db.selectFrom('glossary_terms').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTerm(row) : undefined;
}

export async function countTerms(db: Db): Promise<number> {
  const row = await db.selectFrom('glossary_terms').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The stored term with the same source in the same scope (all documents, or one document). */
async function findSame(db: Db, term: TermDraft): Promise<number | undefined> {
  let query = db
    .selectFrom('glossary_terms')
    .select('id')
    .where('source_key', '=', termSourceKey(term.source, term.caseSensitive))
    .where('case_sensitive', '=', term.caseSensitive ? 1 : 0);
  query = term.documentId === null ? query.where('document_id', 'is', null) : query.where('document_id', '=', term.documentId);
  return (await query.executeTakeFirst())?.id;
}

async function checkDocument(db: Db, documentId: number | null): Promise<void> {
  if (documentId === null) return;
  const found = await db.selectFrom('documents').select('id').where('id', '=', documentId).executeTakeFirst();
  if (!found) throw new GlossaryChangeError('unknown_document', `There is no document ${documentId}.`);
}

async function refuseDuplicate(db: Db, term: TermDraft, self?: number): Promise<void> {
  const same = await findSame(db, term);
  if (same !== undefined && same !== self) {
    throw new GlossaryChangeError('duplicate_term', `"${term.source}" is already in the glossary.`, { source: term.source }, same);
  }
}

export async function createTerm(db: Db, term: TermDraft, author: string | null = null, now = new Date()): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await checkDocument(trx, term.documentId);
    await refuseDuplicate(trx, term);
    const { id } = await trx
      .insertInto('glossary_terms')
      .values({ ...columns(term), author, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    await bumpVersion(trx);
    return id;
  });
}

/** Replaces a term's fields; false when there is no such term. */
export async function updateTerm(db: Db, id: number, term: TermDraft, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await checkDocument(trx, term.documentId);
    await refuseDuplicate(trx, term, id);
    const result = await trx
      .updateTable('glossary_terms')
      .set({ ...columns(term), updated_at: now.toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await bumpVersion(trx);
    return true;
  });
}

export async function deleteTerm(db: Db, id: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('glossary_terms').where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await bumpVersion(trx);
    return true;
  });
}

/**
 * Stores a whole imported file in one transaction. A term whose source already exists in the
 * same scope updates the stored term (so an exported, edited and re-imported file updates the
 * glossary); the others are added.
 */
export async function importTerms(db: Db, terms: readonly TermDraft[], author: string | null = null, now = new Date()): Promise<ImportSummary> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const summary: ImportSummary = { added: 0, updated: 0 };
    for (const documentId of new Set(terms.map((t) => t.documentId))) await checkDocument(trx, documentId);
    for (const term of terms) {
      const same = await findSame(trx, term);
      if (same === undefined) {
        await trx.insertInto('glossary_terms').values({ ...columns(term), author, created_at: stamp, updated_at: stamp }).execute();
        summary.added++;
      } else {
        await trx.updateTable('glossary_terms').set({ ...columns(term), updated_at: stamp }).where('id', '=', same).execute();
        summary.updated++;
      }
    }
    if (terms.length > 0) await bumpVersion(trx);
    return summary;
  });
}
