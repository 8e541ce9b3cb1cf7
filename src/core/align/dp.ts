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
import { lengthDelta as importedLengthDelta, type LengthModel } from './length';
import { lengthScore as importedLengthScore, SHAPES, unitScore as importedUnitScore, type ScoreParams } from './score';

/** Optional structure the units come from (sentences inside paragraphs). */
export interface BlockContext {
  /** Paragraph (block) of each unit. */
  readonly sourceBlock: Int32Array;
  readonly targetBlock: Int32Array;
  /** Paragraph-link group of each unit; units of one paragraph link share a group. */
  readonly sourceGroup: Int32Array;
  readonly targetGroup: Int32Array;
  /** 1 for a paragraph link that pairs paragraphs, 0 for an omission or insertion; by group. */
  readonly pairedGroup: Uint8Array;
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
/** The priors for sentences inside paragraph links (problems with blocks). */
const shapePenaltyInBlocks = Float64Array.from(SHAPES, (x) => x.inParagraphs);
// The same for the functions called per cell: read through a getter each call, they took a tenth of the DP's time.
const unitScore = importedUnitScore;
const lengthScore = importedLengthScore;
const lengthDelta = importedLengthDelta;


interface Table {
  readonly rowStart: Int32Array;
  /** Index of cell (i, 0) in the row-major store, i.e. rowStart[i] - band.lo[i]; cell (i, j) is at rowBase[i] + j. */
  readonly rowBase: Int32Array;
  readonly cells: number;
}

function layout(band: Band): Table {
  const n = band.lo.length - 1;
  const rowStart = new Int32Array(n + 2);
  const rowBase = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    rowStart[i + 1] = rowStart[i]! + band.hi[i]! - band.lo[i]! + 1;
    rowBase[i] = rowStart[i]! - band.lo[i]!;
  }
  return { rowStart, rowBase, cells: rowStart[n + 1]! };
}

/**
 * Key overlaps inside the band, three values per DP cell (i, j), i.e. per
 * source unit i-1 and target unit j-1 of the segment (1-based rows and
 * columns), stored side by side at 3·cell + PAIR, SOURCE_TRIPLE, TARGET_TRIPLE:
 * the weight of the keys source unit i and target unit j share; of those
 * source units i-1 and i and target unit j all hold; of those source unit i
 * and target units j-1 and j all hold.
 */
const PAIR = 0;
const SOURCE_TRIPLE = 1;
const TARGET_TRIPLE = 2;

/** Overlaps of every source/target unit pair inside the band, found through the target postings. */
function pairOverlaps(p: DpProblem, table: Table): Float32Array {
  const { features, band, s0, t0, n } = p;
  const values = new Float32Array(3 * table.cells);
  const { offsets, keys, sharedWithPrevious } = features.source;
  const { weight, postingOffsets, postingUnits } = features;
  for (let i = 1; i <= n; i++) {
    const u = s0 + i - 1;
    const jFrom = Math.max(1, band.lo[i]!);
    const jTo = band.hi[i]!;
    if (jFrom > jTo) continue;
    const vFrom = t0 + jFrom - 1;
    const vTo = t0 + jTo - 1;
    const base = table.rowBase[i]! - t0 + 1;
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
        const cell = 3 * (base + v);
        values[cell + PAIR] += w;
        if (withPrevious) values[cell + SOURCE_TRIPLE] += w;
        if (previousUnit === v - 1) values[cell + TARGET_TRIPLE] += w;
        previousUnit = v;
      }
    }
  }
  return values;
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

/** One of the three overlap values of cell (x, y), 0 outside the band. */
function overlapAt(values: Float32Array, table: Table, band: Band, x: number, y: number, which: number): number {
  return y >= band.lo[x]! && y <= band.hi[x]! ? values[3 * (table.rowBase[x]! + y) + which]! : 0;
}

/** Lexical part of a bead: the sum of its units' scores and the weakest unit's score. */
interface Lexical { sum: number; weakest: number }

const scratch: Lexical = { sum: 0, weakest: 0 };

/** Running evidence of the target columns of a bead (at most three), filled row by row. */
const columnMatched = new Float64Array(3);
const columnLargest = new Float64Array(3);

/**
 * Scores rows (i-a, i] against columns (j-b, j]; writes into `out` to avoid
 * allocating in the DP loop. A unit's evidence is its pair overlaps less the
 * keys two neighbouring partners share (exact for two partners, close for
 * three), and at least its largest pair overlap. One pass over the bead's
 * cells gathers both sides.
 */
function beadLexical(p: DpProblem, values: Float32Array, table: Table, i: number, j: number, a: number, b: number, out: Lexical): Lexical {
  const { params, band, features, s0, t0 } = p;
  const sourceMass = features.source.mass;
  const targetMass = features.target.mass;
  const lo = band.lo;
  const hi = band.hi;
  const rowBase = table.rowBase;
  const firstRow = i - a + 1;
  const firstColumn = j - b + 1;
  let sum = 0;
  let weakest = Infinity;
  for (let k = 0; k < b; k++) {
    columnMatched[k] = 0;
    columnLargest[k] = 0;
  }
  for (let x = firstRow; x <= i; x++) {
    const from = lo[x]!;
    const to = hi[x]!;
    const base = rowBase[x]!;
    let matched = 0;
    let largest = 0;
    for (let y = firstColumn; y <= j; y++) {
      let v = 0;
      let sourceShared = 0;
      let targetShared = 0;
      if (y >= from && y <= to) {
        const cell = 3 * (base + y);
        v = values[cell + PAIR]!;
        sourceShared = values[cell + SOURCE_TRIPLE]!;
        targetShared = values[cell + TARGET_TRIPLE]!;
      }
      matched += v;
      if (v > largest) largest = v;
      if (y > firstColumn) matched -= targetShared;
      const k = y - firstColumn;
      columnMatched[k] += v;
      if (v > columnLargest[k]!) columnLargest[k] = v;
      if (x > firstRow) columnMatched[k] -= sourceShared;
    }
    const score = unitScore(params, matched > largest ? matched : largest, sourceMass[s0 + x - 1]!, params.sourceNeutral);
    sum += score;
    if (score < weakest) weakest = score;
  }
  for (let y = firstColumn; y <= j; y++) {
    const k = y - firstColumn;
    const matched = columnMatched[k]!;
    const largest = columnLargest[k]!;
    const score = unitScore(params, matched > largest ? matched : largest, targetMass[t0 + y - 1]!, params.targetNeutral);
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
function fiveUnitBeadHolds(p: DpProblem, values: Float32Array, table: Table, i: number, j: number, a: number, b: number): boolean {
  return beadLexical(p, values, table, i, j, a, b, scratch).weakest >= FIVE_UNIT_WEAKEST && crossesEveryCut(values, table, p.band, i, j, a, b);
}

function crossesEveryCut(values: Float32Array, table: Table, band: Band, i: number, j: number, a: number, b: number): boolean {
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
          const v = overlapAt(values, table, band, x, y, PAIR);
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
          const v = overlapAt(values, table, band, x, y, PAIR);
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
  // Crossing into a paragraph the paragraph level left unpaired costs as little as crossing inside a
  // link: such a paragraph is often one the translator merged into its neighbour.
  const paired = blocks.pairedGroup;
  if (blocks.sourceBlock[u0] !== blocks.sourceBlock[u1]) penalty += sg0 === sg1 || !paired[sg0] || !paired[sg1] ? p.params.crossBlockInGroup : p.params.crossBlock;
  if (blocks.targetBlock[v0] !== blocks.targetBlock[v1]) penalty += tg0 === tg1 || !paired[tg0] || !paired[tg1] ? p.params.crossBlockInGroup : p.params.crossBlock;
  if (sg0 !== tg0 && sg0 !== tg1 && sg1 !== tg0 && sg1 !== tg1) penalty += p.params.crossGroup;
  return penalty;
}

/** Largest number of units on one side of a bead. */
const MAX_SIDE = 3;

/**
 * Scores of single units against the windows of one, two or three units
 * facing them, which is all a bead's lexical part is made of. They are
 * computed once per unit and window while the DP passes a row, instead of
 * once per bead shape and cell: the source scores of the last MAX_SIDE rows
 * are kept (row x, window of b columns ending at column j), and the target
 * scores of the current row (column y, window of a rows ending at row i).
 */
class UnitScores {
  /** [row % MAX_SIDE][b - 1][j] */
  readonly source: Float64Array;
  /** [a - 1][y] */
  readonly target: Float64Array;
  readonly width: number;

  constructor(m: number) {
    this.width = m + 1;
    this.source = new Float64Array(MAX_SIDE * MAX_SIDE * this.width);
    this.target = new Float64Array(MAX_SIDE * this.width);
  }

  /** Source row x against every window a later bead ending in rows x .. x+2 may use. */
  fillSource(p: DpProblem, values: Float32Array, table: Table, x: number): void {
    const { band, params, n } = p;
    const mass = p.features.source.mass[p.s0 + x - 1]!;
    const from = band.lo[x]!;
    const to = band.hi[x]!;
    const base = table.rowBase[x]!;
    const last = band.hi[Math.min(n, x + MAX_SIDE - 1)]!;
    const slot = (x % MAX_SIDE) * MAX_SIDE * this.width;
    for (let b = 1; b <= MAX_SIDE; b++) {
      const out = slot + (b - 1) * this.width;
      for (let j = Math.max(from, b); j <= last; j++) {
        // As in beadLexical: pair overlaps less the keys neighbouring columns share, at least the largest overlap.
        let matched = 0;
        let largest = 0;
        for (let y = j - b + 1; y <= j; y++) {
          let v = 0;
          let shared = 0;
          if (y >= from && y <= to) {
            const cell = 3 * (base + y);
            v = values[cell + PAIR]!;
            shared = values[cell + TARGET_TRIPLE]!;
          }
          matched += v;
          if (v > largest) largest = v;
          if (y > j - b + 1) matched -= shared;
        }
        this.source[out + j] = unitScore(params, matched > largest ? matched : largest, mass, params.sourceNeutral);
      }
    }
  }

  /** Target columns of row i's beads against the windows of rows ending at i. */
  fillTarget(p: DpProblem, values: Float32Array, table: Table, i: number): void {
    const { band, params } = p;
    const targetMass = p.features.target.mass;
    const lo = band.lo;
    const hi = band.hi;
    const rowBase = table.rowBase;
    // A bead of a rows ending in row i starts after a cell of row i - a, so its columns start after lo[i - a].
    const first = Math.max(1, lo[Math.max(0, i - MAX_SIDE)]!);
    const last = hi[i]!;
    for (let a = 1; a <= Math.min(MAX_SIDE, i); a++) {
      const out = (a - 1) * this.width;
      for (let y = first; y <= last; y++) {
        let matched = 0;
        let largest = 0;
        for (let x = i - a + 1; x <= i; x++) {
          let v = 0;
          let shared = 0;
          if (y >= lo[x]! && y <= hi[x]!) {
            const cell = 3 * (rowBase[x]! + y);
            v = values[cell + PAIR]!;
            shared = values[cell + SOURCE_TRIPLE]!;
          }
          matched += v;
          if (v > largest) largest = v;
          if (x > i - a + 1) matched -= shared;
        }
        this.target[out + y] = unitScore(params, matched > largest ? matched : largest, targetMass[p.t0 + y - 1]!, params.targetNeutral);
      }
    }
  }

  /** Lexical part of bead (i-a, i] × (j-b, j], summed in the order beadLexical sums it. */
  lexical(i: number, j: number, a: number, b: number): number {
    let sum = 0;
    const column = (b - 1) * this.width + j;
    for (let x = i - a + 1; x <= i; x++) sum += this.source[(x % MAX_SIDE) * MAX_SIDE * this.width + column]!;
    const row = (a - 1) * this.width;
    for (let y = j - b + 1; y <= j; y++) sum += this.target[row + y]!;
    return sum;
  }
}

/** Runs the DP and returns the best path as beads. */
export function alignBand(p: DpProblem): DpResult {
  const { band, n } = p;
  const table = layout(band);
  const values = pairOverlaps(p, table);
  const s = sums(p);
  const score = new Float64Array(table.cells).fill(-Infinity);
  const back = new Uint8Array(table.cells);
  const units = new UnitScores(p.m);
  const { lo, hi } = band;
  const rowBase = table.rowBase;
  score[0] = 0;
  const shapeCount = shapeA.length;
  const matchBonus = p.params.matchBonus;
  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      units.fillSource(p, values, table, i);
      units.fillTarget(p, values, table, i);
    }
    const row = rowBase[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let bestShape = 0;
      for (let k = 0; k < shapeCount; k++) {
        const a = shapeA[k]!;
        const b = shapeB[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = score[rowBase[pi]! + pj]!;
        if (prev === -Infinity) continue;
        let gain: number;
        if (a === 0 || b === 0) gain = skipGain(p, i, j, a);
        else {
          if (s.sourceForced !== undefined && forcedIn(s.sourceForced, i - a, i) > 0) continue;
          if (s.targetForced !== undefined && forcedIn(s.targetForced, j - b, j) > 0) continue;
          const optimistic = optimisticGain(matchBonus, units.lexical(i, j, a, b), a, b, p.blocks ? shapePenaltyInBlocks[k]! : shapePenalty[k]!);
          if (prev + optimistic <= best) continue;
          gain = optimistic + lengthAndBlockTerms(p, s, i, j, a, b);
        }
        const total = prev + gain;
        if (total > best && (a + b < 5 || fiveUnitBeadHolds(p, values, table, i, j, a, b))) { best = total; bestShape = k; }
      }
      score[row + j] = best;
      back[row + j] = bestShape;
    }
  }
  return traceBack(p, s, values, table, back);
}

/** Gain of leaving source unit i (a = 1) or target unit j unaligned. */
function skipGain(p: DpProblem, i: number, j: number, a: number): number {
  const blocks = p.blocks;
  if (!blocks) return -p.params.skip;
  const group = a === 1 ? blocks.sourceGroup[p.s0 + i - 1]! : blocks.targetGroup[p.t0 + j - 1]!;
  return blocks.pairedGroup[group] ? -p.params.skip - p.params.skipInPairedGroup : -p.params.skip;
}

function forcedIn(prefix: Int32Array | undefined, from: number, to: number): number {
  return prefix ? prefix[to]! - prefix[from]! : 0;
}

/**
 * The part of a pairing bead's gain that its length and paragraph terms can
 * only lower: the DP skips those terms when this part cannot win.
 */
function optimisticGain(matchBonus: number, lexical: number, a: number, b: number, shapePenalty: number): number {
  return (a + b) * matchBonus + lexical - shapePenalty;
}

/** The rest of a pairing bead's gain, never positive. */
function lengthAndBlockTerms(p: DpProblem, s: Sums, i: number, j: number, a: number, b: number): number {
  return beadLength(p, s, i, j, a, b) - (p.blocks ? blockPenalty(p, i, j, a, b) : 0);
}

/** Gain of a bead pairing units, from its lexical part. */
function matchGain(p: DpProblem, s: Sums, lexical: number, i: number, j: number, a: number, b: number, shapePenalty: number): number {
  return optimisticGain(p.params.matchBonus, lexical, a, b, shapePenalty) + lengthAndBlockTerms(p, s, i, j, a, b);
}

/** Gain of a pairing bead of the path found, from its lexical part. */
function pathGain(p: DpProblem, s: Sums, lexical: number, i: number, j: number, a: number, b: number, shapePenalty: number): number {
  if (s.sourceForced !== undefined && forcedIn(s.sourceForced, i - a, i) > 0) return -Infinity;
  if (s.targetForced !== undefined && forcedIn(s.targetForced, j - b, j) > 0) return -Infinity;
  return matchGain(p, s, lexical, i, j, a, b, shapePenalty);
}

function beadLength(p: DpProblem, s: Sums, i: number, j: number, a: number, b: number): number {
  const ls = s.sourceLength[i]! - s.sourceLength[i - a]!;
  const lt = s.targetLength[j]! - s.targetLength[j - b]!;
  return lengthScore(p.params, lengthDelta(p.model, ls, lt));
}

function traceBack(p: DpProblem, s: Sums, values: Float32Array, table: Table, back: Uint8Array): DpResult {
  const { band, n, m, s0, t0 } = p;
  const beads: Bead[] = [];
  const edgeRows: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    if ((j === lo && lo > 0) || (j === hi && hi < m)) edgeRows.push(i);
    const k = back[table.rowBase[i]! + j]!;
    const a = shapeA[k]!;
    const b = shapeB[k]!;
    const matched = a > 0 && b > 0;
    // Scored once, in the scratch object: a bead of a long path is one object, not three.
    const lexical = matched ? beadLexical(p, values, table, i, j, a, b, scratch).sum : 0;
    const weakest = matched ? scratch.weakest : 0;
    const gain = matched ? pathGain(p, s, lexical, i, j, a, b, p.blocks ? shapePenaltyInBlocks[k]! : shapePenalty[k]!) : skipGain(p, i, j, a);
    beads.push({
      sourceStart: s0 + i - a,
      sourceEnd: s0 + i,
      targetStart: t0 + j - b,
      targetEnd: t0 + j,
      gain,
      lexical,
      weakest,
      length: matched ? beadLength(p, s, i, j, a, b) : 0,
    });
    i -= a;
    j -= b;
  }
  beads.reverse();
  return { beads, edgeRows };
}
