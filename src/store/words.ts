import type { Db } from './database';

/** The learner's tables (migration 011): word statuses, saved words, dictionary glosses; no rules here. */

/** SQLite allows 32766 bound values per statement: rows are written 500 at a time. */
async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await write(rows.slice(i, i + 500));
}

export interface SavedWordRow {
  id: number;
  word: string;
  root: string;
  sentence: string;
  translation: string;
  documentId: number | null;
  documentTitle: string;
  createdAt: string;
}

export type NewSavedWord = Omit<SavedWordRow, 'id' | 'createdAt'>;

export async function readStatuses(db: Db, userId: number): Promise<Map<string, string>> {
  const rows = await db.selectFrom('learner_words').select(['root', 'status']).where('user_id', '=', userId).execute();
  return new Map(rows.map((r) => [r.root, r.status]));
}

/** Writes statuses, each replacing the one stored for its root. */
export async function writeStatuses(db: Db, userId: number, statuses: ReadonlyMap<string, string>, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const rows = [...statuses].map(([root, status]) => ({ user_id: userId, root, status, updated_at: at }));
  await inBatches(rows, (batch) =>
    db
      .insertInto('learner_words')
      .values(batch)
      .onConflict((oc) => oc.columns(['user_id', 'root']).doUpdateSet((eb) => ({ status: eb.ref('excluded.status'), updated_at: eb.ref('excluded.updated_at') })))
      .execute(),
  );
}

/** Adds statuses only for roots that have none: what an anonymous reader brings to an account. */
export async function addMissingStatuses(db: Db, userId: number, statuses: ReadonlyMap<string, string>, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const rows = [...statuses].map(([root, status]) => ({ user_id: userId, root, status, updated_at: at }));
  await inBatches(rows, (batch) => db.insertInto('learner_words').values(batch).onConflict((oc) => oc.columns(['user_id', 'root']).doNothing()).execute());
}

export async function listSavedWords(db: Db, userId: number): Promise<SavedWordRow[]> {
  const rows = await db.selectFrom('learner_saved').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    word: r.word,
    root: r.root,
    sentence: r.sentence,
    translation: r.translation,
    documentId: r.document_id,
    documentTitle: r.document_title,
    createdAt: r.created_at,
  }));
}

export async function countSavedWords(db: Db, userId: number): Promise<number> {
  const row = await db.selectFrom('learner_saved').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Saves a word; the same word from the same sentence is kept once. */
export async function insertSavedWord(db: Db, userId: number, word: NewSavedWord, now = new Date()): Promise<void> {
  await db
    .insertInto('learner_saved')
    .values({
      user_id: userId,
      word: word.word,
      root: word.root,
      sentence: word.sentence,
      translation: word.translation,
      document_id: word.documentId,
      document_title: word.documentTitle,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['user_id', 'word', 'sentence']).doNothing())
    .execute();
}

export async function deleteSavedWord(db: Db, userId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('learner_saved').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface DictionaryEntry {
  word: string;
  gloss: string;
  source: string;
}

/** Adds entries, skipping ones already there; returns how many rows were new. */
export async function insertDictionaryEntries(db: Db, entries: readonly DictionaryEntry[]): Promise<number> {
  let added = 0;
  await inBatches(entries, async (batch) => {
    const result = await db.insertInto('dictionary_entries').values(batch).onConflict((oc) => oc.columns(['word', 'gloss', 'source']).doNothing()).executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  });
  return added;
}

export async function dictionaryGlosses(db: Db, words: readonly string[]): Promise<DictionaryEntry[]> {
  if (words.length === 0) return [];
  return db.selectFrom('dictionary_entries').select(['word', 'gloss', 'source']).where('word', 'in', [...new Set(words)]).orderBy('id').execute();
}

/** Stems with no gloss (hunspell's word list): roots for the morphology. */
export async function dictionaryStems(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('dictionary_entries').select('word').where('source', '=', 'hunspell').execute();
  return rows.map((r) => r.word);
}

/** A number that changes whenever entries are added (they are never edited in place). */
export async function dictionaryStamp(db: Db): Promise<number> {
  const row = await db.selectFrom('dictionary_entries').select((eb) => eb.fn.max('id').as('top')).executeTakeFirst();
  return Number(row?.top ?? 0);
}

export interface LinkSentences {
  source: { position: number; text: string }[];
  target: { position: number; text: string }[];
}

/** The sentences of one sentence link of a document, or undefined when there is no such link. */
export async function linkSentences(db: Db, documentId: number, linkPosition: number): Promise<LinkSentences | undefined> {
  return (await linkSentencesBetween(db, documentId, linkPosition, linkPosition)).get(linkPosition);
}

/** The sentences of the document's links from position `first` to `last`, by link position; links that do not exist are absent. */
export async function linkSentencesBetween(db: Db, documentId: number, first: number, last: number): Promise<Map<number, LinkSentences>> {
  const links = await db
    .selectFrom('sentence_links')
    .select(['position', 'source_json', 'target_json'])
    .where('document_id', '=', documentId)
    .where('position', '>=', first)
    .where('position', '<=', last)
    .orderBy('position')
    .execute();
  const positions = links.map((l) => ({ position: l.position, source: JSON.parse(l.source_json) as number[], target: JSON.parse(l.target_json) as number[] }));
  const side = async (lang: 'id' | 'en', wanted: number[]) => {
    const rows = wanted.length === 0
      ? []
      : await db.selectFrom('sentences').select(['position', 'text']).where('document_id', '=', documentId).where('lang', '=', lang).where('position', 'in', wanted).execute();
    return new Map(rows.map((r) => [r.position, r]));
  };
  const [source, target] = await Promise.all([side('id', positions.flatMap((p) => p.source)), side('en', positions.flatMap((p) => p.target))]);
  const pick = (byPosition: Map<number, { position: number; text: string }>, wanted: number[]) =>
    [...new Set(wanted)].sort((a, b) => a - b).flatMap((p) => byPosition.get(p) ?? []);
  return new Map(positions.map((p) => [p.position, { source: pick(source, p.source), target: pick(target, p.target) }]));
}

/** Ids of the public documents with a stamp that moves with any of their changes, newest first. */
export async function publicDocumentStamps(db: Db): Promise<{ id: number; revision: number }[]> {
  return db.selectFrom('documents').select(['id', 'revision']).where('visibility', '=', 'public').orderBy('id', 'desc').execute();
}
