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
  return widenRows(band, new Int32Array(band.lo.length).fill(margin), m);
}

/** Widens row i by margins[i] target positions and margins[i] rows either way. */
function widenRows(band: Band, margins: Int32Array, m: number): Band {
  const n = band.lo.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const margin = margins[i]!;
    lo[i] = band.lo[Math.max(0, i - margin)]! - margin;
    hi[i] = band.hi[Math.min(n, i + margin)]! + margin;
  }
  return normaliseBand(lo, hi, m);
}

/** Points (row, column) the path is believed to pass through, in increasing order on both axes. */
export interface Anchor { readonly i: number; readonly j: number }

/** Largest rectangle between two anchors that is searched completely; larger gaps follow the diagonal. */
const FULL_GAP_CELLS = 40_000;
/**
 * Margin where anchors follow each other row by row; a gap of g rows between
 * two anchors gets DENSE_MARGIN + g, up to the full margin. Where the anchors
 * are dense the path cannot stray far from them, and most of a long
 * document's rows are such: on 2,900 lines a side this cut the DP's cells by
 * 40% with the same links on 22 documents.
 */
const DENSE_MARGIN = 2;

/** Each row's margin: the margin of the widest gap between anchors it belongs to. */
function anchorMargins(points: readonly Anchor[], n: number, margin: number): Int32Array {
  const margins = new Int32Array(n + 1);
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!.i;
    const to = points[k + 1]!.i;
    const gapMargin = Math.min(margin, DENSE_MARGIN + to - from);
    for (let i = from; i <= to; i++) margins[i] = Math.max(margins[i]!, gapMargin);
  }
  return margins;
}

/**
 * A band following a chain of anchors: gaps between anchors searched fully
 * when small, along their diagonal otherwise, widened by up to `margin`.
 */
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
  return widenRows(normaliseBand(lo, hi, m), anchorMargins(points, n, margin), m);
}

/** A band of `margin` around a path given as its cells. */
export function bandAroundPath(path: readonly Anchor[], n: number, m: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (let k = 0; k < path.length; k++) {
    const p = path[k]!;
    lo[p.i] = Math.min(lo[p.i]!, p.j);
    hi[p.i] = Math.max(hi[p.i]!, p.j);
  }
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i]!) { lo[i] = lo[i - 1]!; hi[i] = hi[i - 1]!; }
  return widen(normaliseBand(lo, hi, m), margin, m);
}

export function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += band.hi[i]! - band.lo[i]! + 1;
  return cells;
}

/**
 * Widens a band only around the rows where the path touched its edge:
 * rows within `margin` of such a row get the path's position ± margin.
 * The path is monotone on both axes, so the path cells within `margin`
 * rows of row i reach furthest left at the first of them and furthest
 * right at the last: two pointers walk it once, and the cost is one pass
 * over the rows and the path whatever the margin.
 */
export function widenNear(band: Band, path: readonly Anchor[], edgeRows: readonly number[], margin: number, m: number): Band {
  const n = band.lo.length - 1;
  const near = new Uint8Array(n + 1);
  // Marked by a running count of open windows, so overlapping windows cost nothing extra.
  const opens = new Int32Array(n + 2);
  for (let k = 0; k < edgeRows.length; k++) {
    const r = edgeRows[k]!;
    opens[Math.max(0, r - margin)]!++;
    opens[Math.min(n, r + margin) + 1]!--;
  }
  for (let i = 0, open = 0; i <= n; i++) {
    open += opens[i]!;
    near[i] = open > 0 ? 1 : 0;
  }
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  let first = 0;
  let last = -1;
  for (let i = 0; i <= n; i++) {
    while (last + 1 < path.length && path[last + 1]!.i <= i + margin) last++;
    while (first < path.length && path[first]!.i < i - margin) first++;
    if (!near[i] || first > last) continue;
    lo[i] = Math.min(lo[i]!, path[first]!.j - margin);
    hi[i] = Math.max(hi[i]!, path[last]!.j + margin);
  }
  return normaliseBand(lo, hi, m);
}

/**
 * The band cut down to about `cells` cells: each row keeps at most `half`
 * positions either side of the document's diagonal (held inside the row),
 * with half as large as the allowance leaves room for. Rows stay connected
 * (normaliseBand), so the result holds at most (n + 1)(2·half + 1) + m + n
 * cells, and at least one path.
 */
export function narrowBand(band: Band, cells: number, m: number): Band {
  const n = band.lo.length - 1;
  const half = Math.max(1, Math.floor((cells / (n + 1) - 1) / 2));
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const slope = m / Math.max(1, n);
  for (let i = 0; i <= n; i++) {
    const centre = Math.min(band.hi[i]!, Math.max(band.lo[i]!, Math.round(i * slope)));
    lo[i] = Math.max(band.lo[i]!, centre - half);
    hi[i] = Math.min(band.hi[i]!, centre + half);
  }
  return normaliseBand(lo, hi, m);
}
