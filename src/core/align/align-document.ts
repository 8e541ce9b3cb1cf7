/**
 * Two-level alignment of a document: paragraphs first, then sentences over
 * the whole document inside a band that follows the paragraph links but
 * reaches one paragraph group either way, so a wrong paragraph link can be
 * repaired at sentence level while sentence links stay globally in order.
 * Paragraph links that a confident sentence link crosses are then joined.
 */
import { alignWithContext } from './align-units';
import { normaliseBand, type Band } from './band';
import type { BlockContext } from './dp';
import { computeFeatures } from './features';
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

interface Flat {
  readonly sentences: string[];
  /** Paragraph of each sentence. */
  readonly block: Int32Array;
  /** First sentence of each paragraph, plus the total at the end. */
  readonly start: Int32Array;
}

function flatten(paragraphs: readonly (readonly string[])[]): Flat {
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

function perSentence(block: Int32Array, paragraphGroup: Int32Array): Int32Array {
  return block.map((p) => paragraphGroup[p]!);
}

export function alignDocument(
  source: readonly (readonly string[])[],
  target: readonly (readonly string[])[],
  options: DocumentAlignOptions = {},
): DocumentAlignment {
  const lexicon = buildLexicon(options.lexicon);
  const paragraphFeatures = computeFeatures(source.map((p) => p.join(' ')), target.map((p) => p.join(' ')), lexicon);
  const paragraphs = alignWithContext({
    features: paragraphFeatures,
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
    features: computeFeatures(src.sentences, tgt.sentences, lexicon),
    params: DEFAULT_PARAMS,
    plan: planLocks(options.lockedSentences ?? [], src.sentences.length, tgt.sentences.length),
    blocks,
    initialBand: paragraphs.length > 0 ? sentenceBand(paragraphs, src, tgt, sourceParagraphGroup) : undefined,
  });
  return { paragraphs: joinCrossedParagraphs(paragraphs, sentences, src, tgt, options.lockedParagraphs ?? []), sentences };
}

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
  const key = (l: Link) => `${l.source.join(',')}|${l.target.join(',')}`;
  const lockedKeys = new Set(locked.map(key));
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
    if (range.length === 1 || range.some((l) => lockedKeys.has(key(l)))) out.push(...range);
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
