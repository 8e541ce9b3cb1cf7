import { describe, expect, it } from 'vitest';
import { bestOffers, memoryQueries } from '../../../src/core/search/memory';

describe('what the memory asks the engine', () => {
  it.each([
    // the sentence, near (all telling roots but one: longest first, then in alphabetical order), any (one of them)
    ['Yang dan di ke dari.', null, null],
    ['Presiden datang.', '("presiden" AND "datang")', '"presiden" OR "datang"'],
    [
      'Presiden mengunjungi pabrik kemarin.',
      '("kemarin" AND "kunjung" AND "pabrik") OR ("presiden" AND "kunjung" AND "pabrik") OR ("presiden" AND "kemarin" AND "pabrik") OR ("presiden" AND "kemarin" AND "kunjung")',
      '"presiden" OR "kemarin" OR "kunjung" OR "pabrik"',
    ],
  ])('%j', (text, near, any) => {
    const queries = memoryQueries(text);
    expect(queries?.near.fts5 ?? null).toBe(near);
    expect(queries?.any.fts5 ?? null).toBe(any);
  });

  it('keeps the six longest content roots, and writes the same for PostgreSQL', () => {
    const queries = memoryQueries('Pemerintah Indonesia mengumumkan kebijakan baru tentang perdagangan internasional dan pertanian kemarin.')!;
    // "tentang" and "dan" are function words; kebijakan is bijak, perdagangan dagang, mengumumkan umum.
    expect(queries.any.tsquery).toBe('internasional | pemerintah | indonesia | kemarin | dagang | bijak');
    expect(queries.near.tsquery.split(' | ')).toHaveLength(6);
  });
});

describe('choosing offers', () => {
  it('keeps pairs at least half alike, best first, each pair once, three at most', () => {
    const stored = [
      { source: 'Harga beras naik.', target: 'Rice prices rose.' },
      { source: 'Harga beras naik lagi.', target: 'Rice prices rose again.' },
      { source: 'Harga beras naik lagi.', target: 'Rice prices rose again.' },
      { source: 'Harga gula turun.', target: 'Sugar prices fell.' },
      { source: 'Cuaca cerah.', target: 'Fine weather.' },
      { source: 'Harga beras naik tajam.', target: 'Rice prices rose sharply.' },
    ].map((p) => ({ ...p, item: p.target }));
    expect(bestOffers('Harga beras naik lagi.', stored)).toEqual([
      { score: 100, item: 'Rice prices rose again.' },
      { score: 75, item: 'Rice prices rose.' },
      { score: 75, item: 'Rice prices rose sharply.' },
    ]);
  });
});
