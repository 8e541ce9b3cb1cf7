/**
 * The paragraph links checked against the sentence links: joined where a
 * confident sentence link crosses them, split where no sentence link holds
 * their parts together.
 */
import { groupsOf, type Flat } from './flat';
import type { Link } from './types';

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
export function joinCrossedParagraphs(paragraphs: Link[], sentences: readonly Link[], source: Flat, target: Flat, locked: readonly Link[]): Link[] {
  const lockedKeys = new Set(locked.map(linkKey));
  const sourceGroup = groupsOf(paragraphs, source.start.length - 1, 'source');
  const targetGroup = groupsOf(paragraphs, target.start.length - 1, 'target');
  // reach[g]: the last link that link g must be joined with.
  const reach = Int32Array.from(paragraphs, (_, g) => g);
  // Indexed loops over the sentence links: for-of allocated an iterator result per link and sentence.
  for (let k = 0; k < sentences.length; k++) {
    const link = sentences[k]!;
    if (link.source.length === 0 || link.target.length === 0 || link.confidence < CROSSING_CONFIDENCE) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (let x = 0; x < link.source.length; x++) { const g = sourceGroup[source.block[link.source[x]!]!]!; lo = Math.min(lo, g); hi = Math.max(hi, g); }
    for (let x = 0; x < link.target.length; x++) { const g = targetGroup[target.block[link.target[x]!]!]!; lo = Math.min(lo, g); hi = Math.max(hi, g); }
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
  for (let k = 0; k < sentences.length; k++) {
    const link = sentences[k]!;
    if (link.source.length === 0 || link.target.length === 0 || link.confidence < HOLDING_CONFIDENCE) continue;
    const only = oneGroup(link, source, target, sourceGroup, targetGroup);
    if (only >= 0) {
      // Nearly every link lies in one group: it is listed as it is, without a part copied from it.
      addTo(inside, only, link);
      continue;
    }
    // A sentence link reaching into a neighbouring group (one the confidence was too low to join)
    // still holds together the paragraphs it links inside each group.
    const groups = new Set(link.source.map((u) => sourceGroup[source.block[u]!]!));
    for (const g of groups) {
      const part = {
        source: link.source.filter((u) => sourceGroup[source.block[u]!] === g),
        target: link.target.filter((v) => targetGroup[target.block[v]!] === g),
        confidence: link.confidence,
      };
      if (part.target.length === 0) continue;
      addTo(inside, g, part);
    }
  }
  const out: Link[] = [];
  paragraphs.forEach((link, g) => {
    const parts = link.source.length + link.target.length > 2 && !lockedKeys.has(linkKey(link)) ? partsOf(link, inside.get(g) ?? [], source, target) : undefined;
    if (parts) out.push(...parts);
    else out.push(link);
  });
  return out;
}

/** The paragraph-link group all of a sentence link's sentences lie in, or -1 when they lie in several. */
function oneGroup(link: Link, source: Flat, target: Flat, sourceGroup: Int32Array, targetGroup: Int32Array): number {
  const g = sourceGroup[source.block[link.source[0]!]!]!;
  for (let x = 1; x < link.source.length; x++) if (sourceGroup[source.block[link.source[x]!]!] !== g) return -1;
  for (let x = 0; x < link.target.length; x++) if (targetGroup[target.block[link.target[x]!]!] !== g) return -1;
  return g;
}

function addTo(inside: Map<number, Link[]>, group: number, link: Link): void {
  const list = inside.get(group);
  if (list) list.push(link);
  else inside.set(group, [link]);
}

/** Each paragraph's slot in a link's union-find, counted from `first`. */
function slotsOf(paragraphs: readonly number[], first: number): Map<number, number> {
  const slots = new Map<number, number>();
  paragraphs.forEach((p, k) => slots.set(p, first + k));
  return slots;
}

/** The parts of a paragraph link its sentence links connect, in order; undefined when that is the link itself or parts interleave. */
function partsOf(link: Link, inside: readonly Link[], source: Flat, target: Flat): Link[] | undefined {
  const a = link.source.length;
  const parent = Array.from({ length: a + link.target.length }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  // Slots by paragraph, looked up once per sentence: a link of thousands of paragraphs holds hundreds of thousands of sentences.
  const sourceSlots = slotsOf(link.source, 0);
  const targetSlots = slotsOf(link.target, a);
  const sourceSlot = (u: number) => sourceSlots.get(source.block[u]!)!;
  const targetSlot = (v: number) => targetSlots.get(target.block[v]!)!;
  for (let k = 0; k < inside.length; k++) {
    const s = inside[k]!;
    const first = find(sourceSlot(s.source[0]!));
    for (let x = 0; x < s.source.length; x++) parent[find(sourceSlot(s.source[x]!))] = first;
    for (let x = 0; x < s.target.length; x++) parent[find(targetSlot(s.target[x]!))] = first;
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
  let nextSource = 0;
  let nextTarget = 0;
  const flush = (sourceBefore: number, targetBefore: number) => {
    for (; nextSource < sourceAlone.length && sourceAlone[nextSource]! < sourceBefore; nextSource++) out.push({ source: [sourceAlone[nextSource]!], target: [], confidence: link.confidence });
    for (; nextTarget < targetAlone.length && targetAlone[nextTarget]! < targetBefore; nextTarget++) out.push({ source: [], target: [targetAlone[nextTarget]!], confidence: link.confidence });
  };
  for (const p of pairs) {
    flush(p.source[0]!, p.target[0]!);
    out.push(p);
  }
  flush(Infinity, Infinity);
  return out;
}
