import type { ConfirmedLink, Side } from '../model';

/**
 * Paragraph links (passages) that follow the sentence links they contain.
 *
 * A passage is consistent with the sentence level when every sentence link
 * lies inside one passage. After a sentence link edit, the passages its links
 * touch are joined where a sentence link now crosses them (merging an
 * English-only sentence with an Indonesian-only one across two passages makes
 * one passage of the two), and, when `cut` is asked for (a split or a move),
 * cut again wherever no sentence link holds them together on either side.
 *
 * Worked example: passages [0-] [-0] (paragraph 0 of the Indonesian alone, then
 * paragraph 0 of the English alone), sentence links [0-] [-0] merged into
 * [0-0]: the merged link touches both passages, so they become one passage
 * [0-0]. Splitting the sentence link again with `cut` gives back [0-] [-0]:
 * between the two sentence links both sides change paragraph.
 */

export interface ParagraphOf {
  /** For each Indonesian sentence position, the position of its paragraph. */
  source: readonly number[];
  /** For each English sentence position, the position of its paragraph. */
  target: readonly number[];
}

/** Which sentence links (indices, after the edit) the edit changed. */
export interface ChangedRange {
  start: number;
  count: number;
}

const NONE = -1;

export function passagesFollowingSentences(
  passages: readonly ConfirmedLink[],
  sentenceLinks: readonly ConfirmedLink[],
  paragraphOf: ParagraphOf,
  changed: ChangedRange,
  options: { cut?: boolean } = {},
): ConfirmedLink[] {
  return follow(passages, sentenceLinks, paragraphOf, changed, { from: 0, to: sentenceLinks.length }, options)!;
}

/**
 * The same when the paragraphs are known only for the units of sentence links `known.from` to
 * `known.to` (exclusive) around the change, which spares a long document reading every sentence's
 * paragraph: null when the passages to rebuild might reach links outside them (then ask again
 * knowing all). Links before the known ones hold only units of earlier paragraphs, so they touch
 * no passage after the one holding the first known unit of each side; likewise after.
 */
export function passagesFollowingWithin(
  passages: readonly ConfirmedLink[],
  sentenceLinks: readonly ConfirmedLink[],
  paragraphOf: ParagraphOf,
  changed: ChangedRange,
  known: { from: number; to: number },
  options: { cut?: boolean } = {},
): ConfirmedLink[] | null {
  return follow(passages, sentenceLinks, paragraphOf, changed, known, options);
}

function follow(
  passages: readonly ConfirmedLink[],
  sentenceLinks: readonly ConfirmedLink[],
  paragraphOf: ParagraphOf,
  changed: ChangedRange,
  known: { from: number; to: number },
  options: { cut?: boolean },
): ConfirmedLink[] | null {
  if (changed.count <= 0 || passages.length === 0) return [...passages];
  const passageOf = passageIndexOf(passages);
  const passageOfUnit = (side: Side, u: number) => passageOf[side].get(paragraphOf[side][u]) ?? NONE;
  const span = (link: ConfirmedLink): [number, number] => {
    let lo = NONE;
    let hi = NONE;
    for (const side of SIDES) {
      for (const u of link[side]) {
        const p = passageOfUnit(side, u);
        if (p === NONE) continue;
        if (lo === NONE || p < lo) lo = p;
        if (p > hi) hi = p;
      }
    }
    return [lo, hi];
  };
  const spans = sentenceLinks.map((link, i): [number, number] => (i >= known.from && i < known.to ? span(link) : [NONE, NONE]));
  const changedSpans = spans.slice(changed.start, changed.start + changed.count).filter(([lo]) => lo !== NONE);
  if (changedSpans.length === 0) return [...passages];
  const [lo, hi] = closure(spans, [Math.min(...changedSpans.map((s) => s[0])), Math.max(...changedSpans.map((s) => s[1]))], passages.length);
  const knownLinks = sentenceLinks.slice(known.from, known.to);
  if (known.from > 0 && lo <= edgePassage(knownLinks, passageOfUnit, 'first')) return null;
  if (known.to < sentenceLinks.length && hi >= edgePassage(knownLinks, passageOfUnit, 'last')) return null;
  const inRange = sentenceLinks.filter((_, i) => spans[i][0] !== NONE && spans[i][0] >= lo && spans[i][1] <= hi);
  const range = passages.slice(lo, hi + 1);
  const rebuilt = options.cut ? cutPassages(range, inRange, paragraphOf) : [joined(range)];
  return [...passages.slice(0, lo), ...keepUnchanged(rebuilt, range), ...passages.slice(hi + 1)];
}

const SIDES = ['source', 'target'] as const;

/**
 * Beyond the known links' first (or last) units lie only links whose passages come no later (no
 * earlier) than this one; a side without known units could lie anywhere, which no passage bounds.
 */
function edgePassage(links: readonly ConfirmedLink[], passageOfUnit: (side: Side, u: number) => number, edge: 'first' | 'last'): number {
  const units = SIDES.map((side) => {
    const all = links.flatMap((l) => l[side]);
    return all.length === 0 ? NONE : passageOfUnit(side, edge === 'first' ? all[0] : all[all.length - 1]);
  });
  if (units.includes(NONE)) return edge === 'first' ? Infinity : -Infinity;
  return edge === 'first' ? Math.max(...units) : Math.min(...units);
}

/**
 * The passages [lo, hi] widened to every passage a sentence link sharing one with them reaches, and
 * so on, until no sentence link crosses its edges: the run of overlapping spans (the range itself
 * one of them) that holds the range. Spans are taken in order of their first passage, bucketed,
 * so it takes one pass over the links and one over the passages.
 */
function closure(spans: readonly [number, number][], range: [number, number], passageCount: number): [number, number] {
  const reach: number[] = new Array(passageCount).fill(NONE);
  for (const [a, b] of [...spans, range]) if (a !== NONE && b > reach[a]) reach[a] = b;
  let start = NONE;
  let end = NONE;
  for (let p = 0; p < passageCount; p++) {
    if (reach[p] === NONE) continue;
    if (start !== NONE && p <= end) {
      end = Math.max(end, reach[p]);
      continue;
    }
    if (start !== NONE && start <= range[0] && end >= range[1]) return [start, end];
    start = p;
    end = reach[p];
  }
  return [start, end];
}

function passageIndexOf(passages: readonly ConfirmedLink[]) {
  const source = new Map<number, number>();
  const target = new Map<number, number>();
  passages.forEach((p, i) => {
    for (const u of p.source) source.set(u, i);
    for (const u of p.target) target.set(u, i);
  });
  return { source, target };
}

const manual = (source: number[], target: number[]): ConfirmedLink => ({ source, target, confidence: 1, confirmed: false });

function joined(range: readonly ConfirmedLink[]): ConfirmedLink {
  const link = manual(
    range.flatMap((p) => p.source),
    range.flatMap((p) => p.target),
  );
  // A passage people confirmed stays confirmed when a sentence link only makes it larger.
  return range.some((p) => p.confirmed) ? { ...link, confirmed: true } : link;
}

/** A passage that comes out as it was keeps its confidence and confirmation. */
function keepUnchanged(rebuilt: ConfirmedLink[], before: readonly ConfirmedLink[]): ConfirmedLink[] {
  const key = (l: ConfirmedLink) => `${l.source.join(',')}|${l.target.join(',')}`;
  const old = new Map(before.map((l) => [key(l), l]));
  return rebuilt.map((l) => old.get(key(l)) ?? l);
}

/**
 * The finest passages of `range` that no sentence link crosses and that leave
 * every confirmed passage whole. Sentence links come in order and so do their
 * paragraphs, so a cut before sentence link k is possible when the paragraphs
 * used before it all come before the first paragraph used from k on, on both sides.
 */
function cutPassages(range: readonly ConfirmedLink[], links: readonly ConfirmedLink[], paragraphOf: ParagraphOf): ConfirmedLink[] {
  const lastOf = (units: number[], of: readonly number[]) => (units.length === 0 ? NONE : of[units[units.length - 1]]);
  const firstOf = (units: number[], of: readonly number[]) => (units.length === 0 ? NONE : of[units[0]]);
  // From each link on, the first paragraph used on each side (NONE when no later link uses that side).
  const nextSource: number[] = new Array(links.length + 1).fill(NONE);
  const nextTarget: number[] = new Array(links.length + 1).fill(NONE);
  for (let k = links.length - 1; k >= 0; k--) {
    const s = firstOf(links[k].source, paragraphOf.source);
    const t = firstOf(links[k].target, paragraphOf.target);
    nextSource[k] = s === NONE ? nextSource[k + 1] : s;
    nextTarget[k] = t === NONE ? nextTarget[k + 1] : t;
  }
  const confirmed = range.filter((p) => p.confirmed);
  // Last paragraph of each side before each possible cut, and the cuts taken.
  const ends: { source: number; target: number }[] = [];
  let source = NONE;
  let target = NONE;
  for (let k = 0; k < links.length; k++) {
    const separate =
      k > 0 &&
      (nextSource[k] === NONE || nextSource[k] > source) &&
      (nextTarget[k] === NONE || nextTarget[k] > target) &&
      confirmed.every((p) => wholeOnOneSide(p, source, target));
    if (separate) ends.push({ source, target });
    source = Math.max(source, lastOf(links[k].source, paragraphOf.source));
    target = Math.max(target, lastOf(links[k].target, paragraphOf.target));
  }
  // Each paragraph goes to the first part whose end reaches it; paragraphs past every end go to the last part.
  const parts = [...ends, { source: Infinity, target: Infinity }].map(() => ({ source: [] as number[], target: [] as number[] }));
  // Paragraphs come in order and the ends grow, so one pointer per side walks both once.
  for (const side of ['source', 'target'] as const) {
    let part = 0;
    for (const p of range.flatMap((l) => l[side])) {
      while (part < ends.length && ends[part][side] < p) part++;
      parts[part][side].push(p);
    }
  }
  return parts.filter((p) => p.source.length + p.target.length > 0).map((p) => manual(p.source, p.target));
}

/** A confirmed passage is not cut: all its paragraphs lie before the cut, or all after it. */
function wholeOnOneSide(passage: ConfirmedLink, sourceEnd: number, targetEnd: number): boolean {
  const before = passage.source.every((p) => p <= sourceEnd) && passage.target.every((p) => p <= targetEnd);
  const after = passage.source.every((p) => p > sourceEnd) && passage.target.every((p) => p > targetEnd);
  return before || after;
}

/**
 * The other direction: after a passage edit (a split, a paragraph moved to the next passage), a
 * sentence link whose units now lie in two passages is cut into one link per passage, each keeping
 * its units in order, so that every sentence link is again inside one passage.
 */
export function sentencesFollowingPassages(
  sentenceLinks: readonly ConfirmedLink[],
  passages: readonly ConfirmedLink[],
  paragraphOf: ParagraphOf,
): ConfirmedLink[] {
  const passageOf = passageIndexOf(passages);
  const out: ConfirmedLink[] = [];
  for (const link of sentenceLinks) {
    const parts = new Map<number, { source: number[]; target: number[] }>();
    for (const side of SIDES) {
      for (const u of link[side]) {
        const p = passageOf[side].get(paragraphOf[side][u]) ?? NONE;
        if (!parts.has(p)) parts.set(p, { source: [], target: [] });
        parts.get(p)![side].push(u);
      }
    }
    if (parts.size <= 1) out.push(link);
    else for (const p of [...parts.keys()].sort((a, b) => a - b)) out.push(manual(parts.get(p)!.source, parts.get(p)!.target));
  }
  return out;
}
