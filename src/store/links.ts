import type { ConfirmedLink, Link } from '../core/model';
import { allPages } from './paged-rows';
import { insertRows } from './bulk-insert';
import { preparedQuery } from './prepared-query';
import type { Db } from './database';
import type { Lang, LinkLevel } from './schema';

export const linkTable = (level: LinkLevel) => (level === 'paragraph' ? 'paragraph_links' : 'sentence_links');

/** A link as stored: its row id and place in the list, for pages that name links. */
export interface StoredLink extends ConfirmedLink {
  id: number;
  position: number;
}

/** A page of a level's links; read on every rendering of a changed document, so made once (prepared-query.ts). */
export const linkRows = {
  paragraph: preparedQuery((db: Db, documentId: number, after: number, limit: number) =>
    db.selectFrom('paragraph_links').selectAll().where('document_id', '=', documentId).where('position', '>', after).orderBy('position').limit(limit),
  ),
  sentence: preparedQuery((db: Db, documentId: number, after: number, limit: number) =>
    db.selectFrom('sentence_links').selectAll().where('document_id', '=', documentId).where('position', '>', after).orderBy('position').limit(limit),
  ),
};

/** A level's links in order, read a page at a time (see paged-rows.ts). */
export async function readStoredLinks(db: Db, documentId: number, level: LinkLevel): Promise<StoredLink[]> {
  return (await allPages((after, limit) => linkRows[level](db, documentId, after, limit))).map(storedLink);
}

export type LinkRow = Awaited<ReturnType<(typeof linkRows)['paragraph']>>[number];

export function storedLink(r: LinkRow): StoredLink {
  return {
    id: r.id,
    position: r.position,
    source: JSON.parse(r.source_json) as number[],
    target: JSON.parse(r.target_json) as number[],
    confidence: r.confidence,
    confirmed: r.confirmed === 1,
  };
}

export async function readLinks(db: Db, documentId: number, level: LinkLevel): Promise<ConfirmedLink[]> {
  return (await readStoredLinks(db, documentId, level)).map(({ source, target, confidence, confirmed }) => ({ source, target, confidence, confirmed }));
}

/** Replaces a level's links as a whole; a link without `confirmed` is stored unconfirmed. */
export async function writeLinks(db: Db, documentId: number, level: LinkLevel, links: readonly Link[]): Promise<void> {
  const table = linkTable(level);
  await db.deleteFrom(table).where('document_id', '=', documentId).execute();
  await insertRows(
    db,
    table,
    ['document_id', 'position', 'source_json', 'target_json', 'confidence', 'confirmed', 'source_first', 'source_last', 'target_first', 'target_last'],
    links.map((l, position) => [
      documentId,
      position,
      JSON.stringify(l.source),
      JSON.stringify(l.target),
      l.confidence,
      l.confirmed ? 1 : 0,
      l.source[0] ?? null,
      l.source.at(-1) ?? null,
      l.target[0] ?? null,
      l.target.at(-1) ?? null,
    ]),
  );
}

/** Sentence texts of one side in document order, the indices links use. */
export async function sideTexts(db: Db, documentId: number, lang: Lang): Promise<string[]> {
  const rows = await db
    .selectFrom('sentences')
    .select('text')
    .where('document_id', '=', documentId)
    .where('lang', '=', lang)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.text);
}

/** Sentence positions of each paragraph of one side, in order. */
export async function sentencePositionsByParagraph(db: Db, documentId: number, lang: Lang): Promise<number[][]> {
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('paragraphs as p', 'p.id', 's.paragraph_id')
    .select(['p.position as paragraph', 's.position'])
    .where('s.document_id', '=', documentId)
    .where('s.lang', '=', lang)
    .orderBy('s.position')
    .execute();
  const out: number[][] = [];
  for (const r of rows) (out[r.paragraph] ??= []).push(r.position);
  return Array.from(out, (p) => p ?? []);
}

/**
 * The paragraph position of each sentence of one side from position `from` to `to` (inclusive), as
 * a sparse array by sentence position: what a link edit needs near the links it changed.
 */
export async function paragraphsOfSentences(db: Db, documentId: number, lang: Lang, from: number, to: number): Promise<number[]> {
  const out: number[] = [];
  if (to < from) return out;
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('paragraphs as p', 'p.id', 's.paragraph_id')
    .select(['p.position as paragraph', 's.position'])
    .where('s.document_id', '=', documentId)
    .where('s.lang', '=', lang)
    .where('s.position', '>=', from)
    .where('s.position', '<=', to)
    .execute();
  for (const r of rows) out[r.position] = r.paragraph;
  return out;
}

/** Positions of the passages (paragraph links) holding any of the given paragraphs, from the links' stored first and last units. */
export async function passagesHolding(db: Db, documentId: number, paragraphs: { source: readonly number[]; target: readonly number[] }): Promise<number[]> {
  if (paragraphs.source.length + paragraphs.target.length === 0) return [];
  const rows = await db
    .selectFrom('paragraph_links')
    .select('position')
    .distinct()
    .where('document_id', '=', documentId)
    .where((eb) =>
      eb.or([
        ...paragraphs.source.map((p) => eb.and([eb('source_first', '<=', p), eb('source_last', '>=', p)])),
        ...paragraphs.target.map((p) => eb.and([eb('target_first', '<=', p), eb('target_last', '>=', p)])),
      ]),
    )
    .execute();
  return rows.map((r) => r.position);
}

/** Sentence texts of each paragraph of one side, in order: what a whole document is aligned from. */
export async function sentenceTextsByParagraph(db: Db, documentId: number, lang: Lang): Promise<string[][]> {
  // From the paragraphs, so that one without sentences still counts as a paragraph.
  const rows = await db
    .selectFrom('paragraphs as p')
    .leftJoin('sentences as s', 's.paragraph_id', 'p.id')
    .select(['p.position as paragraph', 's.text'])
    .where('p.document_id', '=', documentId)
    .where('p.lang', '=', lang)
    .orderBy('p.position')
    .orderBy('s.position')
    .execute();
  const out: string[][] = [];
  for (const r of rows) {
    const paragraph = (out[r.paragraph] ??= []);
    if (r.text !== null) paragraph.push(r.text);
  }
  return Array.from(out, (p) => p ?? []);
}

/** When each paragraph of one side is shown (a subtitle cue's start and end), null for a paragraph that is not a cue. */
export async function paragraphTimes(db: Db, documentId: number, lang: Lang): Promise<({ start: number; end: number } | null)[]> {
  const rows = await db
    .selectFrom('paragraphs')
    .select(['cue_start_ms', 'cue_end_ms'])
    .where('document_id', '=', documentId)
    .where('lang', '=', lang)
    .orderBy('position')
    .execute();
  return rows.map((r) => (r.cue_start_ms !== null && r.cue_end_ms !== null ? { start: r.cue_start_ms, end: r.cue_end_ms } : null));
}

/** Source and target unit counts of one level, what a valid link list must cover. */
export async function unitCounts(db: Db, documentId: number, level: LinkLevel): Promise<{ source: number; target: number }> {
  const table = level === 'paragraph' ? 'paragraphs' : 'sentences';
  const rows = await db
    .selectFrom(table)
    .select((eb) => ['lang', eb.fn.countAll<number>().as('n')])
    .where('document_id', '=', documentId)
    .groupBy('lang')
    .execute();
  const count = (lang: string) => Number(rows.find((r) => r.lang === lang)?.n ?? 0);
  return { source: count('id'), target: count('en') };
}
