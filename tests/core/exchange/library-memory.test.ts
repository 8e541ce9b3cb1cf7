import { describe, expect, it } from 'vitest';
import { isReviewedPair, libraryMemory } from '../../../src/core/exchange/library-memory';
import type { ExchangeDocument, ExchangePair } from '../../../src/core/exchange/pairs';

const pair = (group: number, source: string[], target: string[], status?: ExchangePair['status']): ExchangePair => ({ group, source, target, confidence: 1, confirmed: false, status });
const doc = (pairs: ExchangePair[]): ExchangeDocument => ({ title: 't', titleEn: null, targetLang: 'en-US', pairs });

describe('the library as one translation memory', () => {
  const cases: { name: string; pair: ExchangePair; counts: boolean }[] = [
    { name: 'reviewed with both sides', pair: pair(0, ['Hujan.'], ['Rain.'], 'reviewed'), counts: true },
    { name: 'draft English', pair: pair(0, ['Hujan.'], ['Rain.'], 'draft'), counts: false },
    { name: 'machine English', pair: pair(0, ['Hujan.'], ['Rain.'], 'machine'), counts: false },
    { name: 'no Indonesian', pair: pair(0, [], ['Rain.'], 'reviewed'), counts: false },
    { name: 'no English', pair: pair(0, ['Hujan.'], []), counts: false },
  ];
  for (const c of cases) it(`a pair counts when reviewed with both sides: ${c.name}`, () => expect(isReviewedPair(c.pair)).toBe(c.counts));

  it('keeps each document’s paragraph groups apart, numbered from 0 over the pairs kept', () => {
    const memory = libraryMemory(
      [
        doc([pair(0, ['A.'], ['A.'], 'reviewed'), pair(1, ['B.'], ['B.'], 'draft'), pair(2, ['C.'], ['C.'], 'reviewed')]),
        doc([pair(0, ['D.'], ['D.'], 'reviewed'), pair(0, ['E.'], ['E.'], 'reviewed')]),
      ],
      'Memory',
    );
    expect(memory.pairs.map((p) => [p.source[0], p.group])).toEqual([['A.', 0], ['C.', 1], ['D.', 2], ['E.', 2]]);
    expect(memory).toMatchObject({ title: 'Memory', targetLang: 'en-US' });
  });
});
