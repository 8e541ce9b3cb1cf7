/**
 * Which chapters of two editions of a book translate each other: a monotone
 * dynamic programme over the chapters, pairing one with one, two with one or
 * one with two (an edition that split a chapter), or leaving one alone (a
 * preface, notes, a chapter the other edition lacks). A pair is scored by
 * three kinds of evidence:
 *  - its heading's number ("Bab 3" and "Chapter 3", "Bab Tiga" and "Chapter
 *    Three", "BAB III" and "Chapter III"): the same number is strong evidence
 *    for, another number strong evidence against;
 *  - what its text shares (numbers, names and other words spelt alike: the
 *    cognate keys of align/cognates.ts, in the chapter's opening), as a Dice
 *    ratio of the two sets;
 *  - its length against the book's ratio of English to Indonesian length.
 * Chapters of much the same length and content (several editions of one
 * text) are told apart by their numbers alone.
 */
import { cognateKey } from './cognates';
import { numberKeys, type Lang } from './numbers';
import type { Link } from './types';

export interface ChapterText {
  /** The chapter's first paragraph when it reads as a heading (short), else null. */
  heading: string | null;
  /** The chapter's text, all its paragraphs. */
  text: string;
}

/** What a lone chapter costs: a pair must be this much better than leaving both alone to be made. */
const LONE = 1.2;
/** Extra cost of a two-to-one pair over its evidence (mergeCost). */
const MERGE = 1;
const SAME_NUMBER = 3;
const OTHER_NUMBER = 3;
const SHARED_WEIGHT = 3;
/** Characters added to each side's length before the ratio, so short chapters do not swing it. */
const LENGTH_SMOOTHING = 200;
/** Words at most in a first paragraph read as a chapter's heading. */
const HEADING_WORDS = 12;
/**
 * Characters of each chapter's opening whose words are compared: both editions open a chapter alike,
 * and reading every word of a 300-page book for its keys took seconds (about 2 MB: 4 s).
 */
const SAMPLE_CHARS = 10_000;

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(token: string): number | null {
  if (!ROMAN.test(token)) return null;
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = ROMAN_VALUE[token[i]!]!;
    const next = ROMAN_VALUE[token[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The numbers a heading names: digits and number words (align/numbers.ts), and Roman numerals. */
export function headingNumbers(heading: string | null, lang: Lang): Set<string> {
  if (!heading) return new Set();
  const keys = new Set(numberKeys(heading, lang));
  for (const token of heading.toLowerCase().split(/[^a-z]+/)) {
    // A lone "i" is the English pronoun far more often than chapter one.
    const value = token.length > 1 || token === 'v' || token === 'x' ? romanValue(token) : null;
    if (value) keys.add(numberKeys(String(value), lang)[0] ?? String(value));
  }
  return keys;
}

function sharedKeys(whole: string, lang: Lang): Set<string> {
  const text = whole.slice(0, SAMPLE_CHARS);
  const keys = new Set(numberKeys(text, lang));
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const key = word ? cognateKey(word, lang) : undefined;
    if (key) keys.add(key);
  }
  return keys;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size === 0 || b.size === 0 ? 0 : (2 * sharedCount(a, b)) / (a.size + b.size);
}

interface Side {
  numbers: Set<string>[];
  keys: Set<string>[];
  /** The keys of each chapter and the next together, for the two-to-one pairs. */
  keysWithNext: Set<string>[];
  lengths: number[];
}

function sideOf(chapters: readonly ChapterText[], lang: Lang): Side {
  const keys = chapters.map((c) => sharedKeys(c.text, lang));
  return {
    numbers: chapters.map((c) => headingNumbers(c.heading, lang)),
    keys,
    keysWithNext: keys.map((k, i) => (i + 1 < keys.length ? new Set([...k, ...keys[i + 1]!]) : k)),
    lengths: chapters.map((c) => c.text.length),
  };
}

/** The cost of pairing source chapters [s0, s1) with target chapters [t0, t1): lower is better. */
function pairCost(s: Side, t: Side, s0: number, s1: number, t0: number, t1: number, logRatio: number): number {
  const sum = (xs: number[], a: number, b: number) => xs[a]! + (b - a > 1 ? xs[a + 1]! : 0);
  const union = (side: Side, a: number, b: number) => (b - a === 1 ? side.keys[a]! : side.keysWithNext[a]!);
  const length = Math.abs(Math.log((sum(t.lengths, t0, t1) + LENGTH_SMOOTHING) / (sum(s.lengths, s0, s1) + LENGTH_SMOOTHING)) - logRatio);
  // The first chapters' numbers say whether the pair is right; a chapter joined to them with a number of its own the other side's heading lacks says it is not.
  const agree = (a: Set<string>, b: Set<string>) => (a.size === 0 || b.size === 0 ? 0 : [...a].some((k) => b.has(k)) ? -SAME_NUMBER : OTHER_NUMBER);
  let numbers = agree(s.numbers[s0]!, t.numbers[t0]!);
  for (let i = s0 + 1; i < s1; i++) numbers += Math.max(0, agree(s.numbers[i]!, t.numbers[t0]!));
  for (let j = t0 + 1; j < t1; j++) numbers += Math.max(0, agree(s.numbers[s0]!, t.numbers[j]!));
  const shared = dice(union(s, s0, s1), union(t, t0, t1));
  return length + numbers - SHARED_WEIGHT * shared + (s1 - s0 + (t1 - t0) > 2 ? mergeCost(s, t, s0, s1, t0, t1) : 0);
}

/**
 * What joining costs beyond the evidence: MERGE, and as much as a wrong
 * number when one of the joined chapters shares less than half as much of
 * its text with the other side's chapter as the best of them does (a preface
 * joined to the first chapter, not the two halves of a split one).
 */
function mergeCost(s: Side, t: Side, s0: number, s1: number, t0: number, t1: number): number {
  const [parts, other] = s1 - s0 > 1 ? [s.keys.slice(s0, s1), t.keys[t0]!] : [t.keys.slice(t0, t1), s.keys[s0]!];
  const found = parts.map((p) => (p.size === 0 ? 0 : sharedCount(p, other) / p.size));
  return MERGE + (Math.min(...found) < Math.max(...found) / 2 ? OTHER_NUMBER : 0);
}

/** Chapter links in order: every chapter of each side exactly once, a lone chapter as a link with nothing on the other side. */
export function pairChapters(source: readonly ChapterText[], target: readonly ChapterText[]): Link[] {
  const n = source.length;
  const m = target.length;
  const s = sideOf(source, 'id');
  const t = sideOf(target, 'en');
  const total = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  const logRatio = Math.log((total(t.lengths) + LENGTH_SMOOTHING) / (total(s.lengths) + LENGTH_SMOOTHING));
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  const MOVES: [number, number][] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      MOVES.forEach(([di, dj], k) => {
        if (i < di || j < dj) return;
        const before = cost[i - di]![j - dj]!;
        if (before === Infinity) return;
        const step = di === 0 || dj === 0 ? LONE : pairCost(s, t, i - di, i, j - dj, j, logRatio);
        if (before + step < cost[i]![j]!) {
          cost[i]![j] = before + step;
          back[i]![j] = k;
        }
      });
    }
  }
  const links: Link[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = MOVES[back[i]![j]!]!;
    const step = cost[i]![j]! - cost[i - di]![j - dj]!;
    const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
    // A pair's confidence falls as its cost rises; a lone chapter is as sure as leaving it alone was.
    links.push({ source: range(i - di, di), target: range(j - dj, dj), confidence: di && dj ? 1 / (1 + Math.exp(step)) : 0.5 });
    i -= di;
    j -= dj;
  }
  return links.reverse();
}

/** A chapter as pairChapters reads it from its paragraphs (each paragraph's text). */
export function chapterText(paragraphs: readonly string[]): ChapterText {
  const first = paragraphs[0] ?? '';
  const heading = first && first.split(/\s+/).length <= HEADING_WORDS ? first : null;
  return { heading, text: paragraphs.join('\n') };
}
