/**
 * The library as one translation memory: the reviewed pairs of several documents in one exchange
 * document. A pair counts when it has both sides and all its English is reviewed (the memory
 * look-up offers the same pairs). Paragraph groups are renumbered so that each document's stay
 * apart; the pairs keep their revision stamps.
 */
import type { ExchangeDocument, ExchangePair } from './pairs';

export const isReviewedPair = (pair: ExchangePair): boolean => pair.status === 'reviewed' && pair.source.length > 0 && pair.target.length > 0;

export function libraryMemory(documents: readonly ExchangeDocument[], title: string): ExchangeDocument {
  const pairs: ExchangePair[] = [];
  let groupBase = 0;
  for (const doc of documents) {
    const groups = new Map<number, number>();
    for (const pair of doc.pairs.filter(isReviewedPair)) {
      if (!groups.has(pair.group)) groups.set(pair.group, groupBase + groups.size);
      pairs.push({ ...pair, group: groups.get(pair.group)! });
    }
    groupBase += groups.size;
  }
  return { title, titleEn: null, targetLang: documents[0]?.targetLang ?? 'en', pairs };
}
