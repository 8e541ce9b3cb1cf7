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

/** Text revisions and status changes of the given sentences: who touched each, at which version. */
export async function touchesOf(db: Db, sentenceIds: readonly number[]): Promise<TouchRow[]> {
  const out: TouchRow[] = [];
  for (let i = 0; i < sentenceIds.length; i += BATCH) {
    const ids = sentenceIds.slice(i, i + BATCH);
    const [revisions, statuses] = await Promise.all([
      db.selectFrom('segment_revisions').select(['sentence_id', 'version', 'author']).where('sentence_id', 'in', ids).execute(),
      db.selectFrom('segment_status_events').select(['sentence_id', 'version', 'author']).where('sentence_id', 'in', ids).execute(),
    ]);
    for (const r of revisions) out.push({ sentenceId: r.sentence_id, version: r.version, author: r.author, text: true });
    for (const r of statuses) out.push({ sentenceId: r.sentence_id, version: r.version, author: r.author, text: false });
  }
  return out;
}

/** How far into a sentence the index of migration 010 reaches. */
const INDEXED_START = 100;
const textStart = sql<string>`substr(s.text, 1, 100)`;

export interface SentenceAt {
  documentId: number;
  position: number;
  text: string;
}

/**
 * Indonesian sentences of other documents that read exactly as one of `texts`, found through the
 * index on their start; at most `limit`. Private documents only when `includePrivate`.
 */
export async function sameSourceSentences(db: Db, documentId: number, texts: readonly string[], includePrivate: boolean, limit: number): Promise<SentenceAt[]> {
  const wanted = new Set(texts);
  const starts = [...new Set(texts.map((t) => t.slice(0, INDEXED_START)))];
  const out: SentenceAt[] = [];
  for (let i = 0; i < starts.length && out.length < limit; i += BATCH) {
    let query = db
      .selectFrom('sentences as s')
      .innerJoin('documents as d', 'd.id', 's.document_id')
      .select(['s.document_id', 's.position', 's.text'])
      .where('s.lang', '=', 'id')
      .where(textStart, 'in', starts.slice(i, i + BATCH))
      .where('s.document_id', '<>', documentId);
    if (!includePrivate) query = query.where('d.visibility', '=', 'public');
    const rows = await query.limit(limit - out.length).execute();
    for (const r of rows) if (wanted.has(r.text)) out.push({ documentId: r.document_id, position: r.position, text: r.text });
  }
  return out;
}

/** The English sentence that a one-to-one sentence link gives each of these Indonesian positions in one document. */
export async function oneToOnePartners(db: Db, documentId: number, positions: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < positions.length; i += BATCH) {
    const links = await db
      .selectFrom('sentence_links')
      .select(['source_json', 'target_json'])
      .where('document_id', '=', documentId)
      .where('source_json', 'in', positions.slice(i, i + BATCH).map((p) => JSON.stringify([p])))
      .execute();
    const targetOf = new Map<number, number>();
    for (const l of links) {
      const target = JSON.parse(l.target_json) as number[];
      if (target.length === 1) targetOf.set((JSON.parse(l.source_json) as number[])[0]!, target[0]!);
    }
    if (targetOf.size === 0) continue;
    const english = await db
      .selectFrom('sentences')
      .select(['position', 'text'])
      .where('document_id', '=', documentId)
      .where('lang', '=', 'en')
      .where('position', 'in', [...targetOf.values()])
      .execute();
    const textAt = new Map(english.map((e) => [e.position, e.text]));
    for (const [source, target] of targetOf) {
      const text = textAt.get(target);
      if (text !== undefined) out.set(source, text);
    }
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
