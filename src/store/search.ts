import { sql } from 'kysely';
import type { Db } from './database';
import { fullTextMatch, rankedRootMatches, type FullTextQuery } from './dialect';
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
 * last unit reaches it; a sentence in a 1-0 link has no partner. Two statements, so that each
 * database starts from the few hits rather than from a document's sentences: the holding links with
 * the hits, then the partners' ranges.
 */
export async function partnersOf(db: Db, lang: Lang, sentenceIds: readonly number[]): Promise<Map<number, PartnerSentence[]>> {
  const partners = new Map<number, PartnerSentence[]>(sentenceIds.map((id) => [id, []]));
  if (sentenceIds.length === 0) return partners;
  const { first, last, otherFirst, otherLast, other } = SIDES[lang];
  const { rows: holders } = await sql<{ hit_id: number; position: number; link_id: number; document_id: number; last: number | null; from: number | null; to: number | null }>`
    select s.id as hit_id, s.position, l.id as link_id, l.document_id, l.${sql.raw(last)} as last, l.${sql.raw(otherFirst)} as "from", l.${sql.raw(otherLast)} as "to"
    from sentences s join sentence_links l on l.id =
      (select h.id from sentence_links h where h.document_id = s.document_id and h.${sql.raw(first)} <= s.position
       order by h.${sql.raw(first)} desc limit 1)
    where s.id in (${sql.join(sentenceIds)})`.execute(db);
  const links = [...new Map(holders.map((h) => [h.link_id, { id: h.link_id, document_id: h.document_id, last: h.last, from: h.from, to: h.to }])).values()];
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

/** Indonesian sentences most like the search (any of its roots), best first, as the viewer may see them: one statement. */
export async function rootCandidates(db: Db, query: FullTextQuery, options: { includePrivate: boolean; limit: number; rankAtMost?: number }): Promise<SentenceHit[]> {
  const { rows } = await sql<{ id: number; document_id: number; position: number; text: string; title: string }>`
    select s.id, s.document_id, s.position, s.text, d.title from ${rankedRootMatches(db, query, options.limit, options.rankAtMost)} as r
    join sentences s on s.id = r.id join documents d on d.id = s.document_id
    ${options.includePrivate ? sql`` : sql`where d.visibility = 'public'`}
    order by r.relevance desc, s.id`.execute(db);
  return rows.map((r) => ({ id: r.id, documentId: r.document_id, title: r.title, position: r.position, text: r.text }));
}
