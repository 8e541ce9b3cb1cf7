/**
 * Two-level alignment of a document: paragraphs first, then sentences over
 * the whole document inside a band that follows the paragraph links but
 * reaches one paragraph group either way, so a wrong paragraph link can be
 * repaired at sentence level while sentence links stay globally in order.
 * Paragraph links that a confident sentence link crosses are then joined,
 * and many-paragraph links that the sentence links inside them divide are split.
 */
import { alignWithContext, anchoredBand } from './align-units';
import { normaliseBand, type Band } from './band';
import type { BlockContext } from './dp';
import { computeDocumentFeatures, type Features } from './features';
import { buildLexicon } from './lexicon';
import { planLocks } from './locked';
import { DEFAULT_PARAMS } from './score';
import type { Link } from './types';

export interface DocumentAlignment {
  paragraphs: Link[];
  /** Sentence indices are global: all sentences of the document flattened in order. */
  sentences: Link[];
}

export interface DocumentAlignOptions {
  lockedParagraphs?: Link[];
  lockedSentences?: Link[];
  lexicon?: ReadonlyMap<string, string[]>;
}

/** How many paragraph groups either side of its own a sentence may be aligned into. */
const GROUP_REACH = 1;

export interface Flat {
  readonly sentences: string[];
  /** Paragraph of each sentence. */
  readonly block: Int32Array;
  /** First sentence of each paragraph, plus the total at the end. */
  readonly start: Int32Array;
}

export function flatten(paragraphs: readonly (readonly string[])[]): Flat {
  const sentences: string[] = [];
  const blockList: number[] = [];
  const start = new Int32Array(paragraphs.length + 1);
  paragraphs.forEach((p, k) => {
    start[k] = sentences.length;
    for (const s of p) { sentences.push(s); blockList.push(k); }
  });
  start[paragraphs.length] = sentences.length;
  return { sentences, block: Int32Array.from(blockList), start };
}

/** Paragraph-link group of each paragraph on one side. */
function groupsOf(links: readonly Link[], paragraphCount: number, side: 'source' | 'target'): Int32Array {
  const group = new Int32Array(paragraphCount);
  links.forEach((link, g) => { for (const p of link[side]) group[p] = g; });
  return group;
}

/** Target sentence range [from, to) covered by each group, empty groups placed where they sit. */
function groupTargetRanges(links: readonly Link[], target: Flat): { from: Int32Array; to: Int32Array } {
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  let cursor = 0;
  links.forEach((link, g) => {
    if (link.target.length > 0) {
      from[g] = target.start[link.target[0]!]!;
      to[g] = target.start[link.target.at(-1)! + 1]!;
      cursor = to[g]!;
    } else {
      from[g] = cursor;
      to[g] = cursor;
    }
  });
  return { from, to };
}

/** Sentence band: source sentences of group g may meet target sentences of groups g-1 .. g+1. */
function sentenceBand(links: readonly Link[], source: Flat, target: Flat, sourceGroup: Int32Array): Band {
  const n = source.sentences.length;
  const m = target.sentences.length;
  const ranges = groupTargetRanges(links, target);
  const last = links.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const next = i < n ? sourceGroup[source.block[i]!]! : last;
    const prev = i > 0 ? sourceGroup[source.block[i - 1]!]! : 0;
    lo[i] = ranges.from[Math.max(0, next - GROUP_REACH)]!;
    hi[i] = ranges.to[Math.min(last, prev + GROUP_REACH)]!;
  }
  return normaliseBand(lo, hi, m);
}

/** Rows of the sentence band wider than this follow the sentence anchors instead. */
const MAX_GROUP_ROW_WIDTH = 256;

/**
 * The sentence band with its wide rows narrowed to the anchor chain: a
 * paragraph link of thousands of sentences (a text without paragraph
 * breaks) would otherwise be searched whole, in time and memory growing
 * with the square of its length.
 */
export function boundSentenceBand(band: Band, features: Features): Band {
  const n = band.lo.length - 1;
  const m = band.hi[n]!;
  let wide = false;
  for (let i = 0; i <= n && !wide; i++) wide = band.hi[i]! - band.lo[i]! > MAX_GROUP_ROW_WIDTH;
  if (!wide) return band;
  const anchored = anchoredBand(features, { s0: 0, n, t0: 0, m });
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  for (let i = 0; i <= n; i++) {
    if (hi[i]! - lo[i]! <= MAX_GROUP_ROW_WIDTH) continue;
    const from = Math.max(lo[i]!, anchored.lo[i]!);
    const to = Math.min(hi[i]!, anchored.hi[i]!);
    // Where the anchors leave the paragraph groups, the anchors are followed.
    lo[i] = from <= to ? from : anchored.lo[i]!;
    hi[i] = from <= to ? to : anchored.hi[i]!;
  }
  return normaliseBand(lo, hi, m);
}

function perSentence(block: Int32Array, paragraphGroup: Int32Array): Int32Array {
  return block.map((p) => paragraphGroup[p]!);
}

export function alignDocument(
  source: readonly (readonly string[])[],
  target: readonly (readonly string[])[],
  options: DocumentAlignOptions = {},
): DocumentAlignment {
  const lexicon = buildLexicon(options.lexicon);
  const features = computeDocumentFeatures(source, target, lexicon);
  const paragraphs = alignWithContext({
    features: features.paragraphs,
    params: DEFAULT_PARAMS,
    plan: planLocks(options.lockedParagraphs ?? [], source.length, target.length),
  });
  const src = flatten(source);
  const tgt = flatten(target);
  const sourceParagraphGroup = groupsOf(paragraphs, source.length, 'source');
  const targetParagraphGroup = groupsOf(paragraphs, target.length, 'target');
  const blocks: BlockContext = {
    sourceBlock: src.block,
    targetBlock: tgt.block,
    sourceGroup: perSentence(src.block, sourceParagraphGroup),
    targetGroup: perSentence(tgt.block, targetParagraphGroup),
    pairedGroup: Uint8Array.from(paragraphs, (l) => (l.source.length > 0 && l.target.length > 0 ? 1 : 0)),
  };
  const sentences = alignWithContext({
    features: features.sentences,
    params: DEFAULT_PARAMS,
    plan: planLocks(options.lockedSentences ?? [], src.sentences.length, tgt.sentences.length),
    blocks,
    initialBand: paragraphs.length > 0 ? boundSentenceBand(sentenceBand(paragraphs, src, tgt, sourceParagraphGroup), features.sentences) : undefined,
  });
  const locked = options.lockedParagraphs ?? [];
  const joined = joinCrossedParagraphs(paragraphs, sentences, src, tgt, locked);
  return { paragraphs: splitAlongSentences(joined, sentences, src, tgt, locked), sentences };
}

const linkKey = (l: Link) => `${l.source.join(',')}|${l.target.join(',')}`;

/** Sentence links less sure than this do not join paragraph links. */
const CROSSING_CONFIDENCE = 0.5;

/**
 * Paragraph links joined where a sentence link crosses them: when the
 * translator moved a sentence into the next paragraph, or split a paragraph
 * the paragraph level left partly unaligned, the sentence level (which may
 * reach into the neighbouring paragraph groups) sees it, and the paragraphs
 * on both sides belong to one link. Links between the crossed ones are
 * joined too, so links stay contiguous and in order; locked links are kept.
 */
function joinCrossedParagraphs(paragraphs: Link[], sentences: readonly Link[], source: Flat, target: Flat, locked: readonly Link[]): Link[] {
  const lockedKeys = new Set(locked.map(linkKey));
  const sourceGroup = groupsOf(paragraphs, source.start.length - 1, 'source');
  const targetGroup = groupsOf(paragraphs, target.start.length - 1, 'target');
  // reach[g]: the last link that link g must be joined with.
  const reach = Int32Array.from(paragraphs, (_, g) => g);
  for (const link of sentences) {
    if (link.source.length === 0 || link.target.length === 0 || link.confidence < CROSSING_CONFIDENCE) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (const u of link.source) { const g = sourceGroup[source.block[u]!]!; lo = Math.min(lo, g); hi = Math.max(hi, g); }
    for (const v of link.target) { const g = targetGroup[target.block[v]!]!; lo = Math.min(lo, g); hi = Math.max(hi, g); }
    if (hi > lo) reach[lo] = Math.max(reach[lo]!, hi);
  }
  const out: Link[] = [];
  for (let g = 0; g < paragraphs.length; ) {
    let end = reach[g]!;
    for (let h = g; h <= end; h++) end = Math.max(end, reach[h]!);
    const range = paragraphs.slice(g, end + 1);
    if (range.length === 1 || range.some((l) => lockedKeys.has(linkKey(l)))) out.push(...range);
    else {
      out.push({
        source: range.flatMap((l) => l.source),
        target: range.flatMap((l) => l.target),
        confidence: Math.min(...range.map((l) => l.confidence)),
      });
    }
    g = end + 1;
  }
  return out;
}

/** Sentence links less sure than this do not hold paragraphs together in one link. */
const HOLDING_CONFIDENCE = 0.3;

/**
 * A link of several paragraphs on one side, split where no sentence link
 * holds its parts together: the paragraph level joins a paragraph the
 * translator dropped to its neighbour when the neighbour's translation is
 * long (an added sentence, say), and pairs three paragraphs with two on
 * the strength of their totals, while the sentence level, seeing each
 * sentence, links the sentences of one part only inside that part. Each
 * part the sentence links connect becomes a link; a paragraph none of
 * whose sentences is surely linked is left unaligned. Parts that would
 * come out of order keep the link whole, as do locked links.
 */
export function splitAlongSentences(paragraphs: Link[], sentences: readonly Link[], source: Flat, target: Flat, locked: readonly Link[]): Link[] {
  const lockedKeys = new Set(locked.map(linkKey));
  const sourceGroup = groupsOf(paragraphs, source.start.length - 1, 'source');
  const targetGroup = groupsOf(paragraphs, target.start.length - 1, 'target');
  // Sentence links lying inside each paragraph link, by group.
  const inside = new Map<number, Link[]>();
  for (const link of sentences) {
    if (link.source.length === 0 || link.target.length === 0 || link.confidence < HOLDING_CONFIDENCE) continue;
    const g = sourceGroup[source.block[link.source[0]!]!]!;
    const within = link.source.every((u) => sourceGroup[source.block[u]!] === g) && link.target.every((v) => targetGroup[target.block[v]!] === g);
    if (!within) continue;
    const list = inside.get(g) ?? [];
    list.push(link);
    inside.set(g, list);
  }
  const out: Link[] = [];
  paragraphs.forEach((link, g) => {
    const parts = link.source.length + link.target.length > 2 && !lockedKeys.has(linkKey(link)) ? partsOf(link, inside.get(g) ?? [], source, target) : undefined;
    if (parts) out.push(...parts);
    else out.push(link);
  });
  return out;
}

/** The parts of a paragraph link its sentence links connect, in order; undefined when that is the link itself or parts interleave. */
function partsOf(link: Link, inside: readonly Link[], source: Flat, target: Flat): Link[] | undefined {
  const a = link.source.length;
  const parent = Array.from({ length: a + link.target.length }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const sourceSlot = (u: number) => link.source.indexOf(source.block[u]!);
  const targetSlot = (v: number) => a + link.target.indexOf(target.block[v]!);
  for (const s of inside) {
    const first = find(sourceSlot(s.source[0]!));
    for (const u of s.source) parent[find(sourceSlot(u))] = first;
    for (const v of s.target) parent[find(targetSlot(v))] = first;
  }
  const parts = new Map<number, Link>();
  for (let x = 0; x < parent.length; x++) {
    const root = find(x);
    let part = parts.get(root);
    if (!part) { part = { source: [], target: [], confidence: link.confidence }; parts.set(root, part); }
    if (x < a) part.source.push(link.source[x]!);
    else part.target.push(link.target[x - a]!);
  }
  if (parts.size === 1) return undefined;
  const pairs = [...parts.values()].filter((p) => p.source.length > 0 && p.target.length > 0).sort((x, y) => x.source[0]! - y.source[0]!);
  const contiguous = (list: readonly number[]) => list.at(-1)! - list[0]! + 1 === list.length;
  if (!pairs.every((p) => contiguous(p.source) && contiguous(p.target))) return undefined;
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k]!.source[0]! < pairs[k - 1]!.source.at(-1)! || pairs[k]!.target[0]! < pairs[k - 1]!.target.at(-1)!) return undefined;
  }
  // Paragraphs in no pair stand alone, placed before the first pair that follows them.
  const alone = (side: 'source' | 'target') => [...parts.values()].filter((p) => p[side === 'source' ? 'target' : 'source'].length === 0).flatMap((p) => p[side]);
  const sourceAlone = alone('source');
  const targetAlone = alone('target');
  const out: Link[] = [];
  const flush = (sourceBefore: number, targetBefore: number) => {
    while (sourceAlone.length > 0 && sourceAlone[0]! < sourceBefore) out.push({ source: [sourceAlone.shift()!], target: [], confidence: link.confidence });
    while (targetAlone.length > 0 && targetAlone[0]! < targetBefore) out.push({ source: [], target: [targetAlone.shift()!], confidence: link.confidence });
  };
  for (const p of pairs) {
    flush(p.source[0]!, p.target[0]!);
    out.push(p);
  }
  flush(Infinity, Infinity);
  return out;
}
