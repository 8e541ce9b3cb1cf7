import { sql } from 'kysely';
import type { Db } from './database';
import { bestRootMatches, fullTextMatch, type FullTextQuery } from './dialect';
import type { Lang, SegmentStatus } from './schema';

export type { FullTextQuery };

export interface SentenceHit {
  id: number;
  documentId: number;
  title: string;
  position: number;
  text: string;
}

export interface HitFilter {
  /** Private documents are searched only when set (canSeePrivate, decided by the caller). */
  includePrivate: boolean;
  /** Only this document. */
  documentId?: number;
  /** Hits after this sentence id (the next page). */
  after?: number;
  limit: number;
}

/** Sentences of one language matching the search, in library order (sentence id), through the full-text index (which holds one language). */
export async function findSentences(db: Db, lang: Lang, query: FullTextQuery, filter: HitFilter): Promise<SentenceHit[]> {
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 's.position', 's.text', 'd.title'])
    .where(fullTextMatch(db, lang, query))
    .$if(!filter.includePrivate, (qb) => qb.where('d.visibility', '=', 'public'))
    .$if(filter.documentId !== undefined, (qb) => qb.where('s.document_id', '=', filter.documentId!))
    .$if(filter.after !== undefined, (qb) => qb.where('s.id', '>', filter.after!))
    .orderBy('s.id')
    .limit(filter.limit)
    .execute();
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, title: r.title, position: r.position, text: r.text }));
}

export interface PartnerSentence {
  id: number;
  text: string;
  status: SegmentStatus;
}

/** Which link columns hold a sentence of each language, and which its partners. */
const SIDES = {
  id: { first: 'source_first', last: 'source_last', otherFirst: 'target_first', otherLast: 'target_last', other: 'en' },
  en: { first: 'target_first', last: 'target_last', otherFirst: 'source_first', otherLast: 'source_last', other: 'id' },
} as const;

/**
 * The aligned partner sentences of each given sentence (all of one language), in order. The link
 * holding a sentence is the one with the largest first unit not after it (an index seek), if its
 * last unit reaches it; a sentence in a 1-0 link has no partner. Two steps, so that each database
 * starts from the few hits rather than from a document's sentences.
 */
export async function partnersOf(db: Db, lang: Lang, sentenceIds: readonly number[]): Promise<Map<number, PartnerSentence[]>> {
  const partners = new Map<number, PartnerSentence[]>(sentenceIds.map((id) => [id, []]));
  if (sentenceIds.length === 0) return partners;
  const { first, last, otherFirst, otherLast, other } = SIDES[lang];
  const { rows: holders } = await sql<{ hit_id: number; position: number; link_id: number | null }>`
    select s.id as hit_id, s.position,
      (select l.id from sentence_links l where l.document_id = s.document_id and l.${sql.raw(first)} <= s.position
       order by l.${sql.raw(first)} desc limit 1) as link_id
    from sentences s where s.id in (${sql.join(sentenceIds)})`.execute(db);
  const linkIds = [...new Set(holders.flatMap((h) => (h.link_id === null ? [] : [h.link_id])))];
  if (linkIds.length === 0) return partners;
  const links = await db
    .selectFrom('sentence_links')
    .select((eb) => ['id', 'document_id', eb.ref(last).as('last'), eb.ref(otherFirst).as('from'), eb.ref(otherLast).as('to')])
    .where('id', 'in', linkIds)
    .execute();
  const ranges = links.filter((l) => l.from !== null && l.to !== null);
  // One range per link, OR-ed: each is an index seek on (document, language, position).
  const sentences =
    ranges.length === 0
      ? []
      : await db
          .selectFrom('sentences')
          .select(['id', 'document_id', 'position', 'text', 'status'])
          // The language inside each range, so that every range is a seek on the (document, language, position) key.
          .where((eb) =>
            eb.or(ranges.map((l) => eb.and([eb('document_id', '=', l.document_id), eb('lang', '=', other), eb('position', '>=', l.from!), eb('position', '<=', l.to!)]))),
          )
          .orderBy('position')
          .execute();
  const byLink = new Map<number, { last: number; sentences: PartnerSentence[] }>();
  for (const l of ranges) {
    const inRange = sentences.filter((p) => p.document_id === l.document_id && p.position >= l.from! && p.position <= l.to!);
    byLink.set(l.id, { last: l.last ?? -1, sentences: inRange.map((p) => ({ id: p.id, text: p.text, status: p.status })) });
  }
  for (const h of holders) {
    const link = h.link_id === null ? undefined : byLink.get(h.link_id);
    if (link && link.last >= h.position) partners.set(h.hit_id, link.sentences);
  }
  return partners;
}

/** Indonesian sentences most like the search (any of its roots), best first, as the viewer may see them. */
export async function rootCandidates(db: Db, query: FullTextQuery, options: { includePrivate: boolean; limit: number }): Promise<SentenceHit[]> {
  const ids = await bestRootMatches(db, query, options.limit);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 's.position', 's.text', 'd.title'])
    .where('s.id', 'in', ids)
    .$if(!options.includePrivate, (qb) => qb.where('d.visibility', '=', 'public'))
    .execute();
  const rank = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
    .map((r) => ({ id: r.id, documentId: r.document_id, title: r.title, position: r.position, text: r.text }));
}
