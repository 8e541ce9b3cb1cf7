/**
 * Two-level alignment of a document: paragraphs first, then sentences over
 * the whole document inside a band that follows the paragraph links but
 * reaches one paragraph group either way, so a wrong paragraph link can be
 * repaired at sentence level while sentence links stay globally in order.
 * Paragraph links that a confident sentence link crosses are then joined,
 * and many-paragraph links that the sentence links inside them divide are split.
 */
import { alignWithContext, anchoredBand } from './align-units';
import { normaliseBand, widen, type Band } from './band';
import type { BlockContext } from './dp';
import { computeDocumentFeatures, type Features } from './features';
import { flatten, groupsOf, type Flat } from './flat';
import { buildLexicon } from './lexicon';
import { planLocks } from './locked';
import { joinCrossedParagraphs, splitAlongSentences } from './paragraph-checks';
import { DEFAULT_PARAMS } from './score';
import { usableTimes, type SideTimes } from './times';
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
  /** When each paragraph is shown (subtitle cues): evidence beside the text where both sides have times. */
  times?: SideTimes;
}

/** How many paragraph groups either side of its own a sentence may be aligned into. */
const GROUP_REACH = 1;
/**
 * Sentences of room beyond those groups. Without it the path runs along the
 * band's edge on a third of the rows of a document of one-sentence lines,
 * and the repairs that follow realign most of the document; with two, the
 * edge is almost never met, for the same links (evaluation output identical,
 * and the sentence level a third faster on 2,900 short lines).
 */
const SENTENCE_ROOM = 2;

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

/** Sentence band: source sentences of group g may meet target sentences of groups g-1 .. g+1, and SENTENCE_ROOM more. */
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
  return widen(normaliseBand(lo, hi, m), SENTENCE_ROOM, m);
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
  const features = computeDocumentFeatures(source, target, lexicon, usableTimes(options.times));
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
