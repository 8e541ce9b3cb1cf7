import { describe, expect, it } from 'vitest';
import { bestOffers, memoryQueries } from '../../../src/core/search/memory';

describe('what the memory asks the engine', () => {
  it.each([
    // the sentence, near (all telling roots but one: longest first, then in alphabetical order), wider (one root of one or two, two of four or more)
    ['Yang dan di ke dari.', null, null],
    ['Presiden datang.', '("presiden" AND "datang")', '"presiden" OR "datang"'],
    ['Presiden mengunjungi pabrik.', '("kunjung" AND "pabrik") OR ("presiden" AND "pabrik") OR ("presiden" AND "kunjung")', null],
    [
      'Presiden mengunjungi pabrik kemarin.',
      '("kemarin" AND "kunjung" AND "pabrik") OR ("presiden" AND "kunjung" AND "pabrik") OR ("presiden" AND "kemarin" AND "pabrik") OR ("presiden" AND "kemarin" AND "kunjung")',
      '("presiden" AND "kemarin") OR ("presiden" AND "kunjung") OR ("presiden" AND "pabrik") OR ("kemarin" AND "kunjung") OR ("kemarin" AND "pabrik") OR ("kunjung" AND "pabrik")',
    ],
  ])('%j', (text, near, wider) => {
    const queries = memoryQueries(text);
    expect(queries?.near.fts5 ?? null).toBe(near);
    expect(queries?.wider?.fts5 ?? null).toBe(wider);
  });

  it('keeps the six longest content roots, and writes the same for PostgreSQL', () => {
    const queries = memoryQueries('Pemerintah Indonesia mengumumkan kebijakan baru tentang perdagangan internasional dan pertanian kemarin.')!;
    // "tentang" and "dan" are function words; kebijakan is bijak, perdagangan dagang, mengumumkan umum.
    expect(queries.near.tsquery.split(' | ')).toHaveLength(6);
    expect(queries.near.tsquery.split(' | ')[0]).toBe('(pemerintah & indonesia & kemarin & dagang & bijak)');
    const pairs = queries.wider!.tsquery.split(' | ');
    expect(pairs).toHaveLength(15);
    expect(pairs[0]).toBe('(internasional & pemerintah)');
    expect(pairs.at(-1)).toBe('(dagang & bijak)');
  });

  it('asks once for a sentence with one telling root', () => {
    expect(memoryQueries('Pasal 3')).toEqual({ near: { fts5: '"pasal"', tsquery: 'pasal' }, wider: null });
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
