/**
 * Aligns two lists of units (paragraphs, sentences or lines): evidence is
 * computed once, the document is cut at locked links, and each free segment
 * is aligned by a banded DP. The length model and chance coverage are
 * learned from the document: from a first pass on short segments (followed
 * by a narrow second pass), from anchor pairs on long ones.
 */
import { bandAroundPath, bandCells, bandFromAnchors, fullBand, narrowBand, normaliseBand, widenNear, type Anchor, type Band } from './band';
import { findAnchors } from './anchors';
import { beadConfidence, unitOverlap } from './confidence';
import { alignBand, type Bead, type BlockContext } from './dp';
import { computeFeatures, type Features } from './features';
import { buildLexicon } from './lexicon';
import { lengthModelFromTotals, refineLengthModel, type LengthModel } from './length';
import { freeSegments, planLocks, type LockPlan, type Segment } from './locked';
import { DEFAULT_PARAMS, type ScoreParams } from './score';
import type { Link } from './types';

export interface AlignOptions {
  /** Links confirmed by a person: they appear unchanged in the output and the rest is aligned around them. */
  locked?: Link[];
  /** Extra Indonesian→English word pairs (e.g. glossary terms), lower-case. */
  lexicon?: ReadonlyMap<string, string[]>;
}

/** Segments up to this many DP cells are searched completely. */
const FULL_SEARCH_CELLS = 250_000;
/** Band margin around the anchor chain, and how much wider each retry gets. */
const ANCHOR_MARGIN = 12;
const RETRY_GROWTH = 4;
const MAX_RETRIES = 3;
/**
 * First repair margin inside a band given by the document's structure (the
 * paragraph groups): that band is narrow on purpose, so only a little room
 * is added where the path meets its edge; a wider one would cover the whole
 * document once repairs merge.
 */
const STRUCTURE_REPAIR_MARGIN = 4;
/** Margin of the second pass around the first pass's path. */
const REFINE_MARGIN = 6;
/**
 * The same inside a band given by paragraph links: that band already bounds
 * where the path may go, and the first pass has searched it whole, so the
 * second only needs room to move the path a little. Margins 1 to 6 gave the
 * same evaluation results; 2 cuts the sentence level's cells by a third.
 */
const STRUCTURE_REFINE_MARGIN = 2;
/**
 * Most DP cells one alignment may search over all its passes and repairs.
 * The bands keep the cells per row bounded, but the rows of a 2 MiB text
 * of two-word sentences number half a million, and text that repeats
 * itself sends the repairs along most of the path: such input took tens
 * of seconds. Past this allowance bands are narrowed around the diagonal
 * and repairs skipped, so the cells never exceed it by more than about
 * four per unit. A 2 MiB news text needs about a million, the evaluation
 * documents far fewer, the benchmark's 50,000 units a side 1.9 million, so
 * the allowance never changes their links; each million costs about 0.4 s.
 */
const MAX_DP_CELLS = 2_000_000;

/** What is left of the DP allowance of one alignment; shared by all its passes. */
interface CellBudget {
  left: number;
}

export interface AlignContext {
  readonly features: Features;
  readonly params: ScoreParams;
  readonly plan: LockPlan;
  readonly blocks?: BlockContext;
  /** Optional band for the whole document (e.g. from the paragraph alignment), sliced for each segment. */
  readonly initialBand?: Band;
  /** Set by alignWithContext for each alignment. */
  readonly budget?: CellBudget;
}

/** The part of a document-wide band that falls inside a segment. */
function sliceBand(band: Band, seg: Segment): Band {
  const lo = new Int32Array(seg.n + 1);
  const hi = new Int32Array(seg.n + 1);
  for (let i = 0; i <= seg.n; i++) {
    lo[i] = band.lo[seg.s0 + i]! - seg.t0;
    hi[i] = band.hi[seg.s0 + i]! - seg.t0;
  }
  return normaliseBand(lo, hi, seg.m);
}

/** A band around the chain of anchor pairs of a segment (found if not given), in the segment's coordinates. */
export function anchoredBand(features: Features, seg: Segment, anchors = findAnchors(features, seg.s0, seg.n, seg.t0, seg.m)): Band {
  return bandFromAnchors(anchors, seg.n, seg.m, ANCHOR_MARGIN);
}

function initialBand(ctx: AlignContext, seg: Segment, anchors?: readonly Anchor[]): Band {
  if (ctx.initialBand) return sliceBand(ctx.initialBand, seg);
  if ((seg.n + 1) * (seg.m + 1) <= FULL_SEARCH_CELLS) return fullBand(seg.n, seg.m);
  return anchoredBand(ctx.features, seg, anchors);
}

function pathCells(beads: readonly Bead[], seg: Segment): Anchor[] {
  const cells: Anchor[] = [{ i: 0, j: 0 }];
  // Indexed loops over beads: a for-of loop here allocated an iterator result per bead.
  for (let k = 0; k < beads.length; k++) cells.push({ i: beads[k]!.sourceEnd - seg.s0, j: beads[k]!.targetEnd - seg.t0 });
  return cells;
}

function runSegment(ctx: AlignContext, model: LengthModel, seg: Segment, wanted: Band, attempt = 0): Bead[] {
  const budget = ctx.budget!;
  const band = bandCells(wanted) > budget.left ? narrowBand(wanted, budget.left, seg.m) : wanted;
  budget.left -= bandCells(band);
  const result = alignBand({
    features: ctx.features,
    model,
    params: ctx.params,
    ...seg,
    band,
    forcedSourceSkip: ctx.plan.hasForced ? ctx.plan.forcedSourceSkip : undefined,
    forcedTargetSkip: ctx.plan.hasForced ? ctx.plan.forcedTargetSkip : undefined,
    blocks: ctx.blocks,
  });
  const full = bandCells(band) >= (seg.n + 1) * (seg.m + 1);
  if (result.edgeRows.length === 0 || full || attempt >= MAX_RETRIES) return result.beads;
  return repairNearEdges(ctx, model, seg, band, result.beads, result.edgeRows, attempt + 1);
}

/** Groups rows into windows of ±reach, merging windows that overlap. */
function windowsAround(rows: readonly number[], reach: number, n: number): [number, number][] {
  const sorted = [...rows].sort((x, y) => x - y);
  const windows: [number, number][] = [];
  for (let k = 0; k < sorted.length; k++) {
    const r = sorted[k]!;
    const from = Math.max(0, r - reach);
    const to = Math.min(n, r + reach);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/**
 * Where the path ran along the band's edge the band may have cut off the
 * true path. Only those stretches are realigned, between path points well
 * clear of them, in a band widened around the path; the rest is kept.
 */
function repairNearEdges(ctx: AlignContext, model: LengthModel, seg: Segment, band: Band, beads: Bead[], edgeRows: number[], attempt: number): Bead[] {
  const firstMargin = ctx.initialBand ? STRUCTURE_REPAIR_MARGIN : ANCHOR_MARGIN * RETRY_GROWTH;
  const margin = firstMargin * RETRY_GROWTH ** (attempt - 1);
  if (ctx.budget!.left <= 0) return beads;
  const path = pathCells(beads, seg);
  const widened = widenNear(band, path, edgeRows, margin, seg.m);
  const out: Bead[] = [];
  let next = 0;
  for (const [from, to] of windowsAround(edgeRows, 3 * margin, seg.n)) {
    let startBead = next;
    while (startBead < beads.length && path[startBead + 1]!.i <= from) startBead++;
    let endBead = startBead;
    while (endBead < beads.length && path[endBead]!.i < to) endBead++;
    const start = path[startBead]!;
    const end = path[endBead]!;
    const sub: Segment = { s0: seg.s0 + start.i, n: end.i - start.i, t0: seg.t0 + start.j, m: end.j - start.j };
    const subBand = sliceBand(widened, { s0: start.i, n: sub.n, t0: start.j, m: sub.m });
    // A repair the allowance cannot pay for in full keeps the path it would have searched around.
    const repaired = trivialSegment(sub) ?? (bandCells(subBand) <= ctx.budget!.left ? runSegment(ctx, model, sub, subBand, attempt) : undefined);
    if (!repaired) continue;
    append(out, beads, next, startBead);
    append(out, repaired, 0, repaired.length);
    next = endBead;
  }
  append(out, beads, next, beads.length);
  return out;
}

/** Appends items[from, to) one by one: spreading a long path into push() overflows the call stack. */
function append<T>(out: T[], items: readonly T[], from: number, to: number): void {
  for (let k = from; k < to; k++) out.push(items[k]!);
}

function trivialSegment(seg: Segment): Bead[] | undefined {
  if (seg.n > 0 && seg.m > 0) return undefined;
  const beads: Bead[] = [];
  const skip = { gain: 0, lexical: 0, weakest: 0, length: 0 };
  for (let u = seg.s0; u < seg.s0 + seg.n; u++) beads.push({ sourceStart: u, sourceEnd: u + 1, targetStart: seg.t0, targetEnd: seg.t0, ...skip });
  for (let v = seg.t0; v < seg.t0 + seg.m; v++) beads.push({ sourceStart: seg.s0 + seg.n, sourceEnd: seg.s0 + seg.n, targetStart: v, targetEnd: v + 1, ...skip });
  return beads;
}

interface Learned { model: LengthModel; params: ScoreParams }

function median(values: number[]): number {
  values.sort((x, y) => x - y);
  return values[Math.floor(values.length / 2)]!;
}

/** Fewer confident links than this leave the defaults in place. */
const MIN_LEARNING_LINKS = 3;
/** The default chance coverage counts as this many links, so a short document's few links do not decide alone. */
const PRIOR_LINKS = 2;

/**
 * Confident one-to-one links of the first pass teach the document's own
 * length ratio and spread and the coverage a true pair reaches.
 */
function learnFromLinks(f: Features, beads: readonly Bead[], fallback: LengthModel, params: ScoreParams): Learned {
  const lengths: { source: number; target: number }[] = [];
  const sourceCoverage: number[] = [];
  const targetCoverage: number[] = [];
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k]!;
    if (b.sourceEnd - b.sourceStart !== 1 || b.targetEnd - b.targetStart !== 1 || b.weakest <= 0.3) continue;
    const u = b.sourceStart;
    const v = b.targetStart;
    lengths.push({ source: f.source.length[u]!, target: f.target.length[v]! });
    const overlap = unitOverlap(f, u, v);
    if (f.source.mass[u]! > 0) sourceCoverage.push(overlap / f.source.mass[u]!);
    if (f.target.mass[v]! > 0) targetCoverage.push(overlap / f.target.mass[v]!);
  }
  const model = refineLengthModel(lengths, fallback);
  if (sourceCoverage.length < MIN_LEARNING_LINKS || targetCoverage.length < MIN_LEARNING_LINKS) return { model, params };
  const clamp = (x: number) => Math.min(0.3, Math.max(0.05, x));
  const blend = (learned: number, prior: number, n: number) => (n * learned + PRIOR_LINKS * prior) / (n + PRIOR_LINKS);
  return {
    model,
    params: {
      ...params,
      sourceNeutral: blend(clamp(params.neutralShare * median(sourceCoverage)), params.sourceNeutral, sourceCoverage.length),
      targetNeutral: blend(clamp(params.neutralShare * median(targetCoverage)), params.targetNeutral, targetCoverage.length),
    },
  };
}

/** One-to-one beads for anchor pairs, so long documents can learn before their only DP pass. */
function anchorBeads(seg: Segment, anchors: readonly Anchor[]): Bead[] {
  return anchors.map((a) => {
    const u = seg.s0 + a.i - 1;
    const v = seg.t0 + a.j - 1;
    return { sourceStart: u, sourceEnd: u + 1, targetStart: v, targetEnd: v + 1, gain: 0, lexical: 0, weakest: 1, length: 0 };
  });
}

function isLong(seg: Segment): boolean {
  return (seg.n + 1) * (seg.m + 1) > FULL_SEARCH_CELLS;
}

/**
 * Short stretches are aligned twice: a first pass teaches the document's
 * length model and chance coverage, a second narrow pass uses them. Long
 * ones learn from their anchor pairs instead and are aligned once, in the
 * band the paragraph links give where there is one: on 2,900 lines a side
 * that is as good (sentence F1 +0.000 to +0.002) and 5-10% faster than a
 * first pass through that whole band.
 */
function alignSegments(ctx: AlignContext, segments: readonly Segment[]): { beads: Bead[][]; params: ScoreParams } {
  const f = ctx.features;
  const totals = lengthModelFromTotals(f.source.length, f.target.length);
  // Found once: long segments learn from them and are banded by them.
  const anchors = segments.map((seg) => (isLong(seg) && seg.n > 0 && seg.m > 0 ? findAnchors(f, seg.s0, seg.n, seg.t0, seg.m) : undefined));
  const first = segments.map((seg, k) => trivialSegment(seg) ?? (anchors[k] ? anchorBeads(seg, anchors[k]) : runSegment(ctx, totals, seg, initialBand(ctx, seg))));
  const learned = learnFromLinks(f, first.flat(), totals, ctx.params);
  const second = { ...ctx, params: learned.params };
  const beads = segments.map((seg, k) => {
    const trivial = trivialSegment(seg);
    if (trivial) return trivial;
    const band = isLong(seg)
      ? initialBand(ctx, seg, anchors[k])
      : bandAroundPath(pathCells(first[k]!, seg), seg.n, seg.m, ctx.initialBand ? STRUCTURE_REFINE_MARGIN : REFINE_MARGIN);
    return runSegment(second, learned.model, seg, band);
  });
  return { beads, params: learned.params };
}

/** Units with at least this much evidence are judged by it alone. */
const UNRELATED_MIN_MASS = 25;
/** Coverage below this share of the chance level, on both sides, marks a pair as unrelated. */
const UNRELATED_SHARE = 0.7;

/**
 * A one-to-one bead whose units both carry plenty of evidence and share
 * almost none of it pairs a unit the translator dropped with one they
 * added at the same place: the DP links them because one skip costs more
 * than a poor match. Such a bead is left as an omission and an insertion.
 */
export function separateUnrelated(f: Features, params: ScoreParams, beads: readonly Bead[]): Bead[] {
  const out: Bead[] = [];
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k]!;
    const u = b.sourceStart;
    const v = b.targetStart;
    if (b.sourceEnd - u === 1 && b.targetEnd - v === 1 && unrelated(f, params, u, v)) {
      const skip = { gain: -params.skip, lexical: 0, weakest: 0, length: 0 };
      out.push({ sourceStart: u, sourceEnd: u + 1, targetStart: v, targetEnd: v, ...skip });
      out.push({ sourceStart: u + 1, sourceEnd: u + 1, targetStart: v, targetEnd: v + 1, ...skip });
    } else out.push(b);
  }
  return out;
}

function unrelated(f: Features, params: ScoreParams, u: number, v: number): boolean {
  const sourceMass = f.source.mass[u]!;
  const targetMass = f.target.mass[v]!;
  if (sourceMass < UNRELATED_MIN_MASS || targetMass < UNRELATED_MIN_MASS) return false;
  const shared = unitOverlap(f, u, v);
  return shared < UNRELATED_SHARE * params.sourceNeutral * sourceMass && shared < UNRELATED_SHARE * params.targetNeutral * targetMass;
}

/** Sized up front: an array grown by push holds room for sixteen numbers, and a long document has a link per sentence. */
function range(start: number, end: number): number[] {
  const out = new Array<number>(end - start);
  for (let x = start; x < end; x++) out[x - start] = x;
  return out;
}

function beadToLinks(ctx: AlignContext, params: ScoreParams, bead: Bead, out: Link[]): void {
  const { plan } = ctx;
  const a = bead.sourceEnd - bead.sourceStart;
  const b = bead.targetEnd - bead.targetStart;
  if (b === 0 && plan.forcedSourceSkip[bead.sourceStart]) {
    const locked = plan.sourceSkips.get(bead.sourceStart);
    if (locked) out.push(copyLink(locked));
    return;
  }
  if (a === 0 && plan.forcedTargetSkip[bead.targetStart]) {
    const locked = plan.targetSkips.get(bead.targetStart);
    if (locked) out.push(copyLink(locked));
    return;
  }
  out.push({
    source: range(bead.sourceStart, bead.sourceEnd),
    target: range(bead.targetStart, bead.targetEnd),
    confidence: round(beadConfidence(ctx.features, params, bead)),
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function copyLink(link: Link): Link {
  return { source: [...link.source], target: [...link.target], confidence: link.confidence };
}

/** Aligns with prepared evidence; shared by alignUnits and alignDocument. */
export function alignWithContext(context: AlignContext): Link[] {
  const ctx: AlignContext = { ...context, budget: { left: MAX_DP_CELLS } };
  const n = ctx.features.source.count;
  const m = ctx.features.target.count;
  const segments = freeSegments(ctx.plan.pairs, n, m);
  const { beads, params } = alignSegments(ctx, segments);
  const links: Link[] = [];
  segments.forEach((_, k) => {
    const separated = separateUnrelated(ctx.features, params, beads[k]!);
    for (let x = 0; x < separated.length; x++) beadToLinks(ctx, params, separated[x]!, links);
    const locked = ctx.plan.pairs[k];
    if (locked) links.push(copyLink(locked));
  });
  return links;
}

/** Aligns Indonesian `source` units with English `target` units. */
export function alignUnits(source: readonly string[], target: readonly string[], options: AlignOptions = {}): Link[] {
  const features = computeFeatures(source, target, buildLexicon(options.lexicon));
  const plan = planLocks(options.locked ?? [], source.length, target.length);
  return alignWithContext({ features, params: DEFAULT_PARAMS, plan });
}
