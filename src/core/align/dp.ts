/**
 * Banded dynamic programme over bead shapes. Row i means i source units
 * consumed, column j means j target units consumed; only the cells of the
 * band are stored, so memory follows the band, not n·m.
 *
 * A unit's evidence in a bead is the weight of its keys that some unit on
 * the other side of the bead holds, each key counted once: a key that two
 * neighbouring partners share is not matched twice. Summing pair overlaps
 * alone would make every merged bead look better than its parts, since
 * neighbouring units share common words, names and themes.
 */
import type { Band } from './band';
import type { Features } from './features';
import { lengthDelta, type LengthModel } from './length';
import { lengthScore, SHAPES, type ScoreParams } from './score';

/** Optional structure the units come from (sentences inside paragraphs). */
export interface BlockContext {
  /** Paragraph (block) of each unit. */
  readonly sourceBlock: Int32Array;
  readonly targetBlock: Int32Array;
  /** Paragraph-link group of each unit; units of one paragraph link share a group. */
  readonly sourceGroup: Int32Array;
  readonly targetGroup: Int32Array;
}

export interface DpProblem {
  readonly features: Features;
  readonly model: LengthModel;
  readonly params: ScoreParams;
  /** First source / target unit of the segment and how many units it has. */
  readonly s0: number;
  readonly n: number;
  readonly t0: number;
  readonly m: number;
  readonly band: Band;
  /** Units a person marked as having no counterpart (global index → 1). */
  readonly forcedSourceSkip?: Uint8Array;
  readonly forcedTargetSkip?: Uint8Array;
  readonly blocks?: BlockContext;
}

/** One bead of the best path, in global unit indices [start, end). */
export interface Bead {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
  /** The bead's gain and its lexical and length parts. */
  readonly gain: number;
  readonly lexical: number;
  /** Score of the bead's least supported unit. */
  readonly weakest: number;
  readonly length: number;
}

export interface DpResult {
  readonly beads: Bead[];
  /** Rows where the path ran along the band's edge, i.e. the band may have cut off the true path there. */
  readonly edgeRows: number[];
}

// Module-level copies: bundlers turn imported bindings into property reads, too slow for the inner loop.
const shapeA = Int32Array.from(SHAPES, (x) => x.a);
const shapeB = Int32Array.from(SHAPES, (x) => x.b);
const shapePenalty = Float64Array.from(SHAPES, (x) => x.penalty);

/** Same as unitScore in score.ts, local so the DP loop can inline it. */
function unitValue(params: ScoreParams, matched: number, mass: number, neutral: number): number {
  const m = matched < mass ? matched : mass;
  const excess = m - neutral * mass;
  return (params.lexical * (excess < 0 ? params.shortfall * excess : excess)) / (mass + params.halfTrust);
}
const scoreLength = lengthScore;
const deltaOfLengths = lengthDelta;

interface Table {
  readonly rowStart: Int32Array;
  readonly cells: number;
}

function layout(band: Band): Table {
  const n = band.lo.length - 1;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + band.hi[i]! - band.lo[i]! + 1;
  return { rowStart, cells: rowStart[n + 1]! };
}

/**
 * Key overlaps inside the band, one value per DP cell (i, j), i.e. source
 * unit i-1 and target unit j-1 of the segment (1-based rows and columns).
 */
interface Overlaps {
  /** Weight of the keys source unit i and target unit j share. */
  readonly pair: Float32Array;
  /** Weight of the keys source units i-1 and i and target unit j all hold. */
  readonly sourceTriple: Float32Array;
  /** Weight of the keys source unit i and target units j-1 and j all hold. */
  readonly targetTriple: Float32Array;
}

/** Overlaps of every source/target unit pair inside the band, found through the target postings. */
function pairOverlaps(p: DpProblem, table: Table): Overlaps {
  const { features, band, s0, t0, n } = p;
  const pair = new Float32Array(table.cells);
  const sourceTriple = new Float32Array(table.cells);
  const targetTriple = new Float32Array(table.cells);
  const { offsets, keys, sharedWithPrevious } = features.source;
  const { weight, postingOffsets, postingUnits } = features;
  for (let i = 1; i <= n; i++) {
    const u = s0 + i - 1;
    const jFrom = Math.max(1, band.lo[i]!);
    const jTo = band.hi[i]!;
    if (jFrom > jTo) continue;
    const vFrom = t0 + jFrom - 1;
    const vTo = t0 + jTo - 1;
    const base = table.rowStart[i]! - band.lo[i]! - t0 + 1;
    for (let x = offsets[u]!; x < offsets[u + 1]!; x++) {
      const k = keys[x]!;
      const w = weight[k]!;
      if (w === 0) continue;
      const end = postingOffsets[k + 1]!;
      let left = postingOffsets[k]!;
      let right = end;
      while (left < right) {
        const mid = (left + right) >> 1;
        if (postingUnits[mid]! < vFrom) left = mid + 1;
        else right = mid;
      }
      // The previous source unit of the segment holds this key too.
      const withPrevious = i > 1 && sharedWithPrevious[x] === 1;
      // Target units before the band's first column of this row are not part of any bead here.
      let previousUnit = -2;
      for (let y = left; y < end; y++) {
        const v = postingUnits[y]!;
        if (v > vTo) break;
        const cell = base + v;
        pair[cell] += w;
        if (withPrevious) sourceTriple[cell] += w;
        if (previousUnit === v - 1) targetTriple[cell] += w;
        previousUnit = v;
      }
    }
  }
  return { pair, sourceTriple, targetTriple };
}

function prefixSums(values: Float64Array, start: number, count: number): Float64Array {
  const out = new Float64Array(count + 1);
  for (let k = 0; k < count; k++) out[k + 1] = out[k]! + values[start + k]!;
  return out;
}

function prefixFlags(flags: Uint8Array | undefined, start: number, count: number): Int32Array | undefined {
  if (!flags) return undefined;
  const out = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) out[k + 1] = out[k]! + (flags[start + k] ? 1 : 0);
  return out;
}

/** Sums needed to score a bead in O(a·b). */
interface Sums {
  readonly sourceMass: Float64Array;
  readonly targetMass: Float64Array;
  readonly sourceLength: Float64Array;
  readonly targetLength: Float64Array;
  readonly sourceForced: Int32Array | undefined;
  readonly targetForced: Int32Array | undefined;
}

function sums(p: DpProblem): Sums {
  const { features, s0, n, t0, m } = p;
  return {
    sourceMass: prefixSums(features.source.mass, s0, n),
    targetMass: prefixSums(features.target.mass, t0, m),
    sourceLength: prefixSums(features.source.length, s0, n),
    targetLength: prefixSums(features.target.length, t0, m),
    sourceForced: prefixFlags(p.forcedSourceSkip, s0, n),
    targetForced: prefixFlags(p.forcedTargetSkip, t0, m),
  };
}

function pairAt(overlap: Float32Array, table: Table, band: Band, x: number, y: number): number {
  return y >= band.lo[x]! && y <= band.hi[x]! ? overlap[table.rowStart[x]! - band.lo[x]! + y]! : 0;
}

/** Evidence a unit finds in two neighbouring partners: their overlaps less the keys both hold, at least the larger overlap. */
function union2(first: number, second: number, shared: number): number {
  const u = first + second - shared;
  return u > first ? (u > second ? u : second) : first > second ? first : second;
}

/** Lexical part of a bead: the sum of its units' scores and the weakest unit's score. */
interface Lexical { sum: number; weakest: number }

const scratch: Lexical = { sum: 0, weakest: 0 };

/**
 * Evidence source row x finds in columns (j-b, j]: pair overlaps less the keys
 * two neighbouring columns share (exact for two columns, close for three).
 */
function sourceMatched(o: Overlaps, table: Table, band: Band, x: number, j: number, b: number): number {
  let matched = 0;
  let largest = 0;
  for (let y = j - b + 1; y <= j; y++) {
    const v = pairAt(o.pair, table, band, x, y);
    matched += v;
    if (v > largest) largest = v;
    if (y > j - b + 1) matched -= pairAt(o.targetTriple, table, band, x, y);
  }
  return matched > largest ? matched : largest;
}

/** Evidence target column y finds in rows (i-a, i]. */
function targetMatched(o: Overlaps, table: Table, band: Band, i: number, y: number, a: number): number {
  let matched = 0;
  let largest = 0;
  for (let x = i - a + 1; x <= i; x++) {
    const v = pairAt(o.pair, table, band, x, y);
    matched += v;
    if (v > largest) largest = v;
    if (x > i - a + 1) matched -= pairAt(o.sourceTriple, table, band, x, y);
  }
  return matched > largest ? matched : largest;
}

/** Scores rows (i-a, i] against columns (j-b, j]; writes into `out` to avoid allocating in the DP loop. */
function beadLexical(p: DpProblem, o: Overlaps, table: Table, i: number, j: number, a: number, b: number, out: Lexical): Lexical {
  const { params, band, features, s0, t0 } = p;
  const sourceMass = features.source.mass;
  const targetMass = features.target.mass;
  let sum = 0;
  let weakest = Infinity;
  for (let x = i - a + 1; x <= i; x++) {
    const score = unitValue(params, sourceMatched(o, table, band, x, j, b), sourceMass[s0 + x - 1]!, params.sourceNeutral);
    sum += score;
    if (score < weakest) weakest = score;
  }
  for (let y = j - b + 1; y <= j; y++) {
    const score = unitValue(params, targetMatched(o, table, band, i, y, a), targetMass[t0 + y - 1]!, params.targetNeutral);
    sum += score;
    if (score < weakest) weakest = score;
  }
  out.sum = sum;
  out.weakest = weakest;
  return out;
}

/** Least score every unit of a 3-2 or 2-3 bead must reach: each must be translated inside the bead. */
const FIVE_UNIT_WEAKEST = 0.2;

/**
 * Whether a bead of five units (3-2, 2-3) is more than smaller beads side by
 * side: every unit must find evidence in it, and every way of cutting it
 * into two beads must leave some unit whose evidence lies mostly across the
 * cut. Without this, any 1-1 next to a 2-1 could pose as a 3-2 on the
 * strength of chance overlaps, and a 1-3 could swallow a unit the
 * translator left out.
 */
function fiveUnitBeadHolds(p: DpProblem, o: Overlaps, table: Table, i: number, j: number, a: number, b: number): boolean {
  return beadLexical(p, o, table, i, j, a, b, scratch).weakest >= FIVE_UNIT_WEAKEST && crossesEveryCut(o, table, p.band, i, j, a, b);
}

function crossesEveryCut(o: Overlaps, table: Table, band: Band, i: number, j: number, a: number, b: number): boolean {
  const firstRow = i - a + 1;
  const firstColumn = j - b + 1;
  for (let rows = 1; rows < a; rows++) {
    for (let columns = 1; columns < b; columns++) {
      let crossing = false;
      for (let x = firstRow; x <= i && !crossing; x++) {
        const before = x < firstRow + rows;
        let own = 0;
        let across = 0;
        for (let y = firstColumn; y <= j; y++) {
          const v = pairAt(o.pair, table, band, x, y);
          if ((y < firstColumn + columns) === before) own += v;
          else across += v;
        }
        crossing = across > own;
      }
      for (let y = firstColumn; y <= j && !crossing; y++) {
        const before = y < firstColumn + columns;
        let own = 0;
        let across = 0;
        for (let x = firstRow; x <= i; x++) {
          const v = pairAt(o.pair, table, band, x, y);
          if ((x < firstRow + rows) === before) own += v;
          else across += v;
        }
        crossing = across > own;
      }
      if (!crossing) return false;
    }
  }
  return true;
}

function blockPenalty(p: DpProblem, i: number, j: number, a: number, b: number): number {
  const blocks = p.blocks;
  if (!blocks) return 0;
  const u0 = p.s0 + i - a;
  const u1 = p.s0 + i - 1;
  const v0 = p.t0 + j - b;
  const v1 = p.t0 + j - 1;
  const sg0 = blocks.sourceGroup[u0]!;
  const sg1 = blocks.sourceGroup[u1]!;
  const tg0 = blocks.targetGroup[v0]!;
  const tg1 = blocks.targetGroup[v1]!;
  let penalty = 0;
  if (blocks.sourceBlock[u0] !== blocks.sourceBlock[u1]) penalty += sg0 === sg1 ? p.params.crossBlockInGroup : p.params.crossBlock;
  if (blocks.targetBlock[v0] !== blocks.targetBlock[v1]) penalty += tg0 === tg1 ? p.params.crossBlockInGroup : p.params.crossBlock;
  if (sg0 !== tg0 && sg0 !== tg1 && sg1 !== tg0 && sg1 !== tg1) penalty += p.params.crossGroup;
  return penalty;
}

/** Runs the DP and returns the best path as beads. */
export function alignBand(p: DpProblem): DpResult {
  const { band, n } = p;
  const table = layout(band);
  const overlaps = pairOverlaps(p, table);
  const s = sums(p);
  const score = new Float64Array(table.cells).fill(-Infinity);
  const back = new Uint8Array(table.cells);
  score[0] = 0;
  const shapeCount = shapeA.length;
  for (let i = 0; i <= n; i++) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    const row = table.rowStart[i]! - lo;
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let bestShape = 0;
      for (let k = 0; k < shapeCount; k++) {
        const a = shapeA[k]!;
        const b = shapeB[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < band.lo[pi]! || pj > band.hi[pi]!) continue;
        const prev = score[table.rowStart[pi]! - band.lo[pi]! + pj]!;
        if (prev === -Infinity) continue;
        const gain = beadGain(p, s, overlaps, table, i, j, a, b, shapePenalty[k]!);
        if (gain === -Infinity) continue;
        const total = prev + gain;
        if (total > best && (a + b < 5 || fiveUnitBeadHolds(p, overlaps, table, i, j, a, b))) { best = total; bestShape = k; }
      }
      score[row + j] = best;
      back[row + j] = bestShape;
    }
  }
  return traceBack(p, s, overlaps, table, back);
}

function forcedIn(prefix: Int32Array | undefined, from: number, to: number): number {
  return prefix ? prefix[to]! - prefix[from]! : 0;
}

function beadGain(p: DpProblem, s: Sums, o: Overlaps, table: Table, i: number, j: number, a: number, b: number, shapePenalty: number): number {
  const params = p.params;
  if (a === 0 || b === 0) return -params.skip;
  if (s.sourceForced !== undefined && forcedIn(s.sourceForced, i - a, i) > 0) return -Infinity;
  if (s.targetForced !== undefined && forcedIn(s.targetForced, j - b, j) > 0) return -Infinity;
  let lexical: number;
  if (a === 1 && b === 1) {
    const matched = o.pair[table.rowStart[i]! - p.band.lo[i]! + j]!;
    lexical = unitValue(params, matched, p.features.source.mass[p.s0 + i - 1]!, params.sourceNeutral)
      + unitValue(params, matched, p.features.target.mass[p.t0 + j - 1]!, params.targetNeutral);
  } else if (a + b === 3) {
    // 2-1 and 1-2 are the commonest many-unit beads; scored without the general loops.
    const sourceMass = p.features.source.mass;
    const targetMass = p.features.target.mass;
    const band = p.band;
    if (a === 2) {
      const first = pairAt(o.pair, table, band, i - 1, j);
      const second = pairAt(o.pair, table, band, i, j);
      lexical = unitValue(params, first, sourceMass[p.s0 + i - 2]!, params.sourceNeutral)
        + unitValue(params, second, sourceMass[p.s0 + i - 1]!, params.sourceNeutral)
        + unitValue(params, union2(first, second, pairAt(o.sourceTriple, table, band, i, j)), targetMass[p.t0 + j - 1]!, params.targetNeutral);
    } else {
      const first = pairAt(o.pair, table, band, i, j - 1);
      const second = pairAt(o.pair, table, band, i, j);
      lexical = unitValue(params, union2(first, second, pairAt(o.targetTriple, table, band, i, j)), sourceMass[p.s0 + i - 1]!, params.sourceNeutral)
        + unitValue(params, first, targetMass[p.t0 + j - 2]!, params.targetNeutral)
        + unitValue(params, second, targetMass[p.t0 + j - 1]!, params.targetNeutral);
    }
  } else {
    lexical = beadLexical(p, o, table, i, j, a, b, scratch).sum;
  }
  const length = beadLength(p, s, i, j, a, b);
  const blocks = p.blocks ? blockPenalty(p, i, j, a, b) : 0;
  return (a + b) * params.matchBonus + lexical + length - shapePenalty - blocks;
}

function beadLength(p: DpProblem, s: Sums, i: number, j: number, a: number, b: number): number {
  const ls = s.sourceLength[i]! - s.sourceLength[i - a]!;
  const lt = s.targetLength[j]! - s.targetLength[j - b]!;
  return scoreLength(p.params, deltaOfLengths(p.model, ls, lt));
}

function traceBack(p: DpProblem, s: Sums, o: Overlaps, table: Table, back: Uint8Array): DpResult {
  const { band, n, m, s0, t0 } = p;
  const beads: Bead[] = [];
  const edgeRows: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    if ((j === lo && lo > 0) || (j === hi && hi < m)) edgeRows.push(i);
    const k = back[table.rowStart[i]! - lo + j]!;
    const a = shapeA[k]!;
    const b = shapeB[k]!;
    const matched = a > 0 && b > 0;
    const lexical = matched ? beadLexical(p, o, table, i, j, a, b, { sum: 0, weakest: 0 }) : { sum: 0, weakest: 0 };
    const gain = beadGain(p, s, o, table, i, j, a, b, shapePenalty[k]!);
    beads.push({
      sourceStart: s0 + i - a,
      sourceEnd: s0 + i,
      targetStart: t0 + j - b,
      targetEnd: t0 + j,
      gain,
      lexical: lexical.sum,
      weakest: lexical.weakest,
      length: matched ? beadLength(p, s, i, j, a, b) : 0,
    });
    i -= a;
    j -= b;
  }
  beads.reverse();
  return { beads, edgeRows };
}
