/**
 * The search band: for each DP row i (source units consumed) the range of
 * target positions the path may take. Keeping it narrow keeps time and
 * memory close to linear in the document length.
 */
export interface Band {
  /** Rows 0..n; lo and hi inclusive, both non-decreasing. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Makes a band well-formed: within [0, m], monotone, consecutive rows overlapping, corners included. */
export function normaliseBand(lo: Int32Array, hi: Int32Array, m: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i]!, m));
    hi[i] = Math.max(lo[i]!, Math.min(hi[i]!, m));
  }
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = 0; i < n; i++) if (hi[i]! < lo[i + 1]!) hi[i] = lo[i + 1]!;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  return { lo, hi };
}

/** Widens every row by `margin` target positions and `margin` rows either way. */
export function widen(band: Band, margin: number, m: number): Band {
  const n = band.lo.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const before = Math.max(0, i - margin);
    const after = Math.min(n, i + margin);
    lo[i] = band.lo[before]! - margin;
    hi[i] = band.hi[after]! + margin;
  }
  return normaliseBand(lo, hi, m);
}

/** Points (row, column) the path is believed to pass through, in increasing order on both axes. */
export interface Anchor { readonly i: number; readonly j: number }

/** Largest rectangle between two anchors that is searched completely; larger gaps follow the diagonal. */
const FULL_GAP_CELLS = 40_000;

/** A band following a chain of anchors: gaps between anchors searched fully when small, along their diagonal otherwise. */
export function bandFromAnchors(anchors: readonly Anchor[], n: number, m: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  const points = [{ i: 0, j: 0 }, ...anchors, { i: n, j: m }];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const rows = to.i - from.i;
    const cols = to.j - from.j;
    const full = rows * cols <= FULL_GAP_CELLS;
    for (let i = from.i; i <= to.i; i++) {
      let a: number;
      let b: number;
      if (full) {
        a = from.j;
        b = to.j;
      } else {
        const centre = rows === 0 ? from.j : from.j + ((i - from.i) * cols) / rows;
        a = Math.floor(centre);
        b = Math.ceil(centre);
      }
      lo[i] = Math.min(lo[i]!, a);
      hi[i] = Math.max(hi[i]!, b);
    }
  }
  return widen(normaliseBand(lo, hi, m), margin, m);
}

/** A band of `margin` around a path given as its cells. */
export function bandAroundPath(path: readonly Anchor[], n: number, m: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (const p of path) {
    lo[p.i] = Math.min(lo[p.i]!, p.j);
    hi[p.i] = Math.max(hi[p.i]!, p.j);
  }
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i]!) { lo[i] = lo[i - 1]!; hi[i] = hi[i - 1]!; }
  return widen(normaliseBand(lo, hi, m), margin, m);
}

/** Union of two bands over the same rows. */
export function unionBands(x: Band, y: Band, m: number): Band {
  const n = x.lo.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.min(x.lo[i]!, y.lo[i]!);
    hi[i] = Math.max(x.hi[i]!, y.hi[i]!);
  }
  return normaliseBand(lo, hi, m);
}

export function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += band.hi[i]! - band.lo[i]! + 1;
  return cells;
}
