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

/** Sentences of one language matching the search, in library order (sentence id), through the full-text index. */
export async function findSentences(db: Db, lang: Lang, query: FullTextQuery, filter: HitFilter): Promise<SentenceHit[]> {
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 's.position', 's.text', 'd.title'])
    .where('s.lang', '=', lang)
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

/**
 * The aligned partner sentences of each given sentence (all of one language), in order. The link
 * holding a sentence is the one with the largest first unit not after it (an index seek), if its
 * last unit reaches it; a sentence in a 1-0 link has no partner.
 */
export async function partnersOf(db: Db, lang: Lang, sentenceIds: readonly number[]): Promise<Map<number, PartnerSentence[]>> {
  const partners = new Map<number, PartnerSentence[]>(sentenceIds.map((id) => [id, []]));
  if (sentenceIds.length === 0) return partners;
  const [first, last, otherFirst, otherLast, other] =
    lang === 'id' ? ['source_first', 'source_last', 'target_first', 'target_last', 'en'] : ['target_first', 'target_last', 'source_first', 'source_last', 'id'];
  const { rows } = await sql<{ hit_id: number; id: number; text: string; status: SegmentStatus }>`
    select s.id as hit_id, p.id, p.text, p.status
    from sentences s
    join sentence_links l on l.document_id = s.document_id
      and l.${sql.raw(first)} = (select max(m.${sql.raw(first)}) from sentence_links m where m.document_id = s.document_id and m.${sql.raw(first)} <= s.position)
      and l.${sql.raw(last)} >= s.position
    join sentences p on p.document_id = l.document_id and p.lang = ${other}
      and p.position >= l.${sql.raw(otherFirst)} and p.position <= l.${sql.raw(otherLast)}
    where s.id in (${sql.join(sentenceIds)})
    order by s.id, p.position`.execute(db);
  for (const r of rows) partners.get(r.hit_id)!.push({ id: r.id, text: r.text, status: r.status });
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
