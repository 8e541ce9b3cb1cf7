import { sql } from 'kysely';
import type { Db } from './database';

/** Marks on review queue items and per-document check switches (migration 010); no rules here. */

export interface MarkRow {
  key: string;
  state: 'resolved' | 'ignored';
  author: string | null;
  at: string;
}

export async function listMarks(db: Db, documentId: number): Promise<MarkRow[]> {
  const rows = await db.selectFrom('review_marks').select(['item_key', 'state', 'author', 'created_at']).where('document_id', '=', documentId).orderBy('id').execute();
  return rows.map((r) => ({ key: r.item_key, state: r.state, author: r.author, at: r.created_at }));
}

/** Marks an item, replacing an earlier mark of it. */
export async function writeMark(db: Db, documentId: number, mark: MarkRow): Promise<void> {
  await db
    .insertInto('review_marks')
    .values({ document_id: documentId, item_key: mark.key, state: mark.state, author: mark.author, created_at: mark.at })
    .onConflict((oc) => oc.columns(['document_id', 'item_key']).doUpdateSet({ state: mark.state, author: mark.author, created_at: mark.at }))
    .execute();
}

export async function deleteMark(db: Db, documentId: number, key: string): Promise<void> {
  await db.deleteFrom('review_marks').where('document_id', '=', documentId).where('item_key', '=', key).execute();
}

/** Per document: how many marks and the latest, so a cached count knows when marks changed. */
export async function markStamps(db: Db): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('review_marks')
    .select((eb) => ['document_id', eb.fn.countAll<number>().as('n'), eb.fn.max('created_at').as('latest')])
    .groupBy('document_id')
    .execute();
  return new Map(rows.map((r) => [r.document_id, `${Number(r.n)}@${r.latest}`]));
}

/** The checks switched off or on for a document; a check without a row is on. */
export async function checkSwitches(db: Db, documentId: number): Promise<Map<string, boolean>> {
  const rows = await db.selectFrom('review_check_switches').select(['check_id', 'enabled']).where('document_id', '=', documentId).execute();
  return new Map(rows.map((r) => [r.check_id, r.enabled === 1]));
}

/** Every document's switched-off checks, for the library's counts. */
export async function allCheckSwitches(db: Db): Promise<Map<number, Map<string, boolean>>> {
  const rows = await db.selectFrom('review_check_switches').select(['document_id', 'check_id', 'enabled']).execute();
  const out = new Map<number, Map<string, boolean>>();
  for (const r of rows) {
    let switches = out.get(r.document_id);
    if (!switches) out.set(r.document_id, (switches = new Map()));
    switches.set(r.check_id, r.enabled === 1);
  }
  return out;
}

export async function writeCheckSwitches(db: Db, documentId: number, switches: ReadonlyMap<string, boolean>, author: string | null, at: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const [checkId, enabled] of switches) {
      const flag = enabled ? 1 : 0;
      await tx
        .insertInto('review_check_switches')
        .values({ document_id: documentId, check_id: checkId, enabled: flag, author, updated_at: at })
        .onConflict((oc) => oc.columns(['document_id', 'check_id']).doUpdateSet({ enabled: flag, author, updated_at: at }))
        .execute();
    }
  });
}

export interface TouchRow {
  sentenceId: number;
  version: number;
  author: string | null;
  text: boolean;
}

const BATCH = 500;

/**
 * What can make one author see a document's English sentences as changed by someone else: their own
 * text revisions and status changes there, and the other authors' text revisions of the sentences
 * they touched (nothing else can count). Through the sentences' key and each table's sentence index,
 * so the document's other revisions are never read.
 */
export async function touchesFor(db: Db, documentId: number, author: string): Promise<TouchRow[]> {
  const own = (table: 'segment_revisions' | 'segment_status_events') =>
    sql<{ sentence_id: number; version: number; author: string | null }>`
      select t.sentence_id, t.version, t.author from sentences s join ${sql.table(table)} t on t.sentence_id = s.id
      where s.document_id = ${documentId} and s.lang = 'en' and t.author = ${author}`.execute(db);
  const [{ rows: revisions }, { rows: statuses }] = await Promise.all([own('segment_revisions'), own('segment_status_events')]);
  const out: TouchRow[] = [
    ...revisions.map((r) => ({ sentenceId: r.sentence_id, version: r.version, author: r.author, text: true })),
    ...statuses.map((r) => ({ sentenceId: r.sentence_id, version: r.version, author: r.author, text: false })),
  ];
  const touched = [...new Set(out.map((t) => t.sentenceId))];
  for (let i = 0; i < touched.length; i += BATCH) {
    const others = await db
      .selectFrom('segment_revisions')
      .select(['sentence_id', 'version', 'author'])
      .where('sentence_id', 'in', touched.slice(i, i + BATCH))
      .where((eb) => eb.or([eb('author', '<>', author), eb('author', 'is', null)]))
      .execute();
    for (const r of others) out.push({ sentenceId: r.sentence_id, version: r.version, author: r.author, text: true });
  }
  return out;
}

/** How far into a sentence the index of migration 010 reaches. */
const INDEXED_START = 100;
const textStart = sql<string>`substr(s.text, 1, 100)`;

export interface SourcePair {
  source: string;
  target: string;
}

/**
 * One-to-one sentence pairs of other documents whose Indonesian reads exactly as one of `texts`:
 * the sentences through the index on their start, each one's link through the index on its first
 * unit (a link of one unit a side starts and ends on it), its English by its place; at most `limit`.
 * Private documents only when `includePrivate`.
 */
export async function sameSourcePairs(db: Db, documentId: number, texts: readonly string[], includePrivate: boolean, limit: number): Promise<SourcePair[]> {
  const wanted = new Set(texts);
  const starts = [...new Set(texts.map((t) => t.slice(0, INDEXED_START)))];
  const out: SourcePair[] = [];
  for (let i = 0; i < starts.length && out.length < limit; i += BATCH) {
    const { rows } = await sql<SourcePair>`
      select s.text as source, e.text as target from sentences s
      join documents d on d.id = s.document_id
      join sentence_links l on l.document_id = s.document_id and l.source_first = s.position
      join sentences e on e.document_id = s.document_id and e.lang = 'en' and e.position = l.target_first
      where s.lang = 'id' and ${textStart} in (${sql.join(starts.slice(i, i + BATCH))}) and s.document_id <> ${documentId}
        and l.source_last = s.position and l.target_last = l.target_first
        ${includePrivate ? sql`` : sql`and d.visibility = 'public'`}
      limit ${limit - out.length}`.execute(db);
    for (const r of rows) if (wanted.has(r.source)) out.push(r);
  }
  return out;
}

/** Changes whenever any document changes, arrives or goes: the number of documents and the sum of their revision counters. */
export async function libraryStamp(db: Db): Promise<string> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('revision').as('revisions'), eb.fn.max('id').as('last')])
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}/${Number(row?.revisions ?? 0)}/${Number(row?.last ?? 0)}`;
}
