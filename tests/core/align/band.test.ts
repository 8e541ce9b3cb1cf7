import { describe, expect, it } from 'vitest';
import { bandFromAnchors, widen, fullBand, type Anchor, type Band } from '../../../src/core/align/band';

function width(band: Band, i: number): number {
  return band.hi[i]! - band.lo[i]! + 1;
}

function contains(band: Band, p: Anchor): boolean {
  return p.j >= band.lo[p.i]! && p.j <= band.hi[p.i]!;
}

/** Anchors on the diagonal at every row of [from, to). */
function diagonal(from: number, to: number): Anchor[] {
  const out: Anchor[] = [];
  for (let i = from; i < to; i++) out.push({ i, j: i });
  return out;
}

describe('bandFromAnchors', () => {
  const n = 200;
  const margin = 12;
  // A margin of 3 (DENSE_MARGIN + a gap of one row) shifts rows and columns by 3 either way: 4·3 + the gap's 2 columns + 1.
  const dense = 4 * 3 + 3;

  it('keeps the band narrow where anchors follow each other row by row', () => {
    const band = bandFromAnchors(diagonal(1, n), n, n, margin);
    for (let i = 20; i < n - 20; i++) expect(width(band, i)).toBeLessThanOrEqual(dense);
  });

  it('gives a long gap between anchors the full margin', () => {
    const anchors = [...diagonal(1, 80), ...diagonal(120, n)];
    const band = bandFromAnchors(anchors, n, n, margin);
    // The gap's rows follow its diagonal, widened by 12 rows and 12 columns either way.
    expect(width(band, 100)).toBeGreaterThanOrEqual(4 * margin);
    expect(width(band, 40)).toBeLessThanOrEqual(dense);
    expect(width(band, 160)).toBeLessThanOrEqual(dense);
  });

  it('holds every anchor and both corners, with rows that never go backwards', () => {
    const anchors = [{ i: 5, j: 9 }, { i: 6, j: 10 }, { i: 50, j: 40 }, { i: 51, j: 41 }, { i: 52, j: 43 }, { i: 150, j: 170 }];
    const band = bandFromAnchors(anchors, n, n, margin);
    for (const a of anchors) expect(contains(band, a)).toBe(true);
    expect(contains(band, { i: 0, j: 0 })).toBe(true);
    expect(contains(band, { i: n, j: n })).toBe(true);
    for (let i = 1; i <= n; i++) {
      expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1]!);
      expect(band.hi[i]).toBeGreaterThanOrEqual(band.hi[i - 1]!);
      expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i - 1]!);
    }
  });
});

describe('widen', () => {
  it('adds the margin in rows and columns and stays inside the table', () => {
    const lo = new Int32Array(11);
    const hi = new Int32Array(11);
    for (let i = 0; i <= 10; i++) lo[i] = hi[i] = i;
    const band = widen({ lo, hi }, 2, 10);
    expect([band.lo[5], band.hi[5]]).toEqual([1, 9]);
    expect([band.lo[0], band.hi[10]]).toEqual([0, 10]);
    expect(widen(fullBand(4, 4), 3, 4).hi[0]).toBe(4);
  });
});
