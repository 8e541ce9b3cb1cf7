/**
 * compileGlossary turns terms into two token tries (Indonesian sources, English equivalents).
 * Matching scans the text once into words, reads each distinct word into its possible keys
 * (cached), walks the trie from every word, then keeps the longest matches:
 *
 *   terms "pasukan" and "pasukan keamanan", text "pasukan keamanan CSTO-nya"
 *   hits: pasukan [0,0], pasukan keamanan [0,1], CSTO [2,2]
 *   kept: "pasukan keamanan" (longest over "pasukan"), "CSTO-nya" (CSTO + -nya)
 */
import { sourceTermKey, sourceTokenKeys, targetTermKeys, targetTokenKeys } from './keys';
import { createNode, insertPath, walkTokens, type PathHit, type TokenKey, type TrieNode } from './trie';
import type { GlossaryMatcher, GlossaryTerm, TermMatch } from './types';
import { addKey, emptyVocabulary, type Vocabulary } from './vocabulary';
import { scanEnglishWords, scanWords, wordsAndStarts } from './words';

interface Entry {
  term: GlossaryTerm;
  /** Position in the input list: the last tie-breaker, also for terms not stored yet. */
  order: number;
  /** The lower-case words of the side this path spells. */
  words: string[];
}

interface Side {
  trie: TrieNode<Entry>;
  vocabulary: Vocabulary;
}

function insert(side: Side, keys: string[], entry: Entry): void {
  for (const key of keys) addKey(side.vocabulary, key);
  insertPath(side.trie, keys, entry);
}

export interface CompileOptions {
  /** Keep only terms for every document plus those of this document. */
  documentId?: number | null;
}

function product(choices: string[][]): string[][] {
  if (choices.length === 1) return choices[0]!.map((k) => [k]);
  return choices.reduce<string[][]>((paths, keys) => paths.flatMap((p) => keys.map((k) => [...p, k])), [[]]);
}

function sourceSide(terms: readonly GlossaryTerm[]): Side {
  const side: Side = { trie: createNode<Entry>(), vocabulary: emptyVocabulary() };
  terms.forEach((term, order) => {
    const words = scanWords(term.source).map((w) => w.text);
    if (words.length === 0) return;
    const lower = words.map((w) => w.toLowerCase());
    insert(side, words.map((w) => sourceTermKey(w, term)), { term, order, words: lower });
  });
  return side;
}

function targetSide(terms: readonly GlossaryTerm[]): Side {
  const side: Side = { trie: createNode<Entry>(), vocabulary: emptyVocabulary() };
  terms.forEach((term, order) => {
    for (const target of term.targets) {
      const words = scanEnglishWords(target).map((w) => w.text);
      if (words.length === 0) continue;
      const entry = { term, order, words: words.map((w) => w.toLowerCase()) };
      for (const path of product(words.map((w) => targetTermKeys(w, term.caseSensitive)))) insert(side, path, entry);
    }
  });
  return side;
}

/** Forms before derived, document terms before general ones, approved before proposed. */
function priority(a: Entry, b: Entry): number {
  const rank = (e: Entry) =>
    (e.term.mode === 'derived' ? 4 : 0) + (e.term.documentId === null ? 2 : 0) + (e.term.status === 'proposed' ? 1 : 0);
  return rank(a) - rank(b) || a.order - b.order;
}

type Keys = readonly TokenKey[];

/** A scanned text: where each word starts and ends, and the trie keys it can stand for. */
interface Tokens {
  text: string;
  starts: number[];
  ends: number[];
  keys: Keys[];
  /** Whether any word has a key: a text without one matches nothing. */
  keyed: boolean;
}

const wordAt = (tokens: Tokens, i: number) => tokens.text.slice(tokens.starts[i], tokens.ends[i]);

function describe(tokens: Tokens, hit: PathHit<Entry>, entry: Entry): string | undefined {
  if (hit.builds.every((b) => b === undefined)) return undefined;
  const parts = hit.builds.map((build, k) =>
    build === undefined || wordAt(tokens, hit.first + k).toLowerCase() === entry.words[k] ? undefined : build);
  if (parts.every((p) => p === undefined)) return undefined;
  return parts.map((p, k) => p ?? wordAt(tokens, hit.first + k)).join(' · ');
}

interface Record {
  entry: Entry;
  hit: PathHit<Entry>;
}

interface Span {
  first: number;
  last: number;
  records: Record[];
}

/**
 * Hits grouped by the words they cover. walkTokens reports hits in order of their first word,
 * so spans of one first word sit together and a short list finds the span of each length.
 */
function groupBySpan(hits: PathHit<Entry>[], keep: (e: Entry) => boolean): Span[] {
  const spans: Span[] = [];
  let sameFirst = 0;
  for (const hit of hits) {
    if (spans.length > 0 && spans[spans.length - 1]!.first !== hit.first) sameFirst = spans.length;
    let span: Span | undefined;
    for (let k = sameFirst; k < spans.length; k++) if (spans[k]!.last === hit.last) span = spans[k];
    for (const entry of hit.values) {
      if (!keep(entry)) continue;
      if (!span) spans.push((span = { first: hit.first, last: hit.last, records: [] }));
      span.records.push({ entry, hit });
    }
  }
  return spans;
}

function longestFirst(tokens: Tokens) {
  const chars = (s: Span) => tokens.ends[s.last]! - tokens.starts[s.first]!;
  return (a: Span, b: Span) => b.last - b.first - (a.last - a.first) || chars(b) - chars(a) || a.first - b.first;
}

/**
 * Spans in the order they claim words: longest first. One-word spans never overlap each other,
 * so only the multi-word ones (few in any text) need sorting; the rest follow in text order.
 */
function claimOrder(tokens: Tokens, spans: Span[]): Span[] {
  const multi = spans.filter((s) => s.last > s.first).sort(longestFirst(tokens));
  return multi.length === 0 ? spans : [...multi, ...spans.filter((s) => s.last === s.first)];
}

function isFree(taken: Uint8Array, span: Span): boolean {
  for (let i = span.first; i <= span.last; i++) if (taken[i] === 1) return false;
  return true;
}

function toMatch(tokens: Tokens, span: Span): TermMatch {
  const records = span.records;
  if (records.length > 1) records.sort((a, b) => priority(a.entry, b.entry));
  const top = records[0]!;
  const termIds = records.length === 1 ? [top.entry.term.id] : [...new Set(records.map((r) => r.entry.term.id))];
  const start = tokens.starts[span.first]!;
  const end = tokens.ends[span.last]!;
  const build = describe(tokens, top.hit, top.entry);
  return { termId: top.entry.term.id, termIds, start, end, text: tokens.text.slice(start, end), ...(build ? { build } : {}) };
}

function selectMatches(tokens: Tokens, spans: Span[]): TermMatch[] {
  const taken = new Uint8Array(tokens.starts.length);
  const matches: TermMatch[] = [];
  for (const span of claimOrder(tokens, spans)) {
    if (!isFree(taken, span)) continue;
    taken.fill(1, span.first, span.last + 1);
    matches.push(toMatch(tokens, span));
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * The keys of each distinct word, kept across calls: the reader matches a document one
 * sentence at a time, and its sentences share most of their words. Bounded like the analyses.
 * Words longer than `longest` can stand for no key and are neither read nor cached, so a
 * pasted blob of a million letters costs the scan that found it and nothing more.
 */
function keyCache(read: (word: string) => Keys, longest: number): (word: string) => Keys {
  const byWord = new Map<string, Keys>();
  return (word) => {
    if (word.length > longest) return NONE;
    let keys = byWord.get(word);
    if (keys) return keys;
    if (byWord.size >= KEY_CACHE_LIMIT) byWord.clear();
    byWord.set(word, (keys = read(word)));
    return keys;
  };
}

const KEY_CACHE_LIMIT = 200_000;
const NONE: Keys = Object.freeze([]);

/**
 * Longest text word that can hold a key of this vocabulary. A key is the word itself, an
 * English base form (a few letters shorter), a form with clitics removed, or a root with its
 * affixes removed, and reduplication writes the rest twice (memper-…-kan-memper-…-kan-nya), so
 * no word longer than twice the longest key plus its affixes reaches one.
 */
function longestUsefulWord(vocabulary: Vocabulary): number {
  let longest = 0;
  for (const set of [vocabulary.forms, vocabulary.exact, vocabulary.derived, vocabulary.english, vocabulary.englishExact]) {
    for (const key of set) if (key.length > longest) longest = key.length;
  }
  return 2 * (longest + AFFIX_ROOM) + 1;
}

/** More than the letters two prefixes, a suffix, a possessive and a particle add (memper-, -kan, -nya, -lah). */
const AFFIX_ROOM = 24;

function tokenize(text: string, english: boolean, read: (w: string) => Keys): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  wordsAndStarts(text, english, words, starts);
  const tokens: Tokens = { text, starts, ends: new Array(words.length), keys: new Array(words.length), keyed: false };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    tokens.ends[i] = tokens.starts[i]! + word.length;
    const keys = read(word);
    if (keys.length > 0) tokens.keyed = true;
    tokens.keys[i] = keys;
  }
  return tokens;
}

function match(side: Side, tokens: Tokens, keep: (e: Entry) => boolean): TermMatch[] {
  // Most sentences hold no word of the glossary: nothing to walk, group or select.
  if (!tokens.keyed) return [];
  const hits = walkTokens(side.trie, tokens.keys.length, (i) => tokens.keys[i]!);
  return selectMatches(tokens, groupBySpan(hits, keep));
}

function applies(term: GlossaryTerm, documentId: number | null | undefined): boolean {
  return documentId === undefined || term.documentId === null || term.documentId === documentId;
}

/**
 * Compile terms once, match many texts. On overlap the match covering more words (then more
 * characters, then the earlier one) wins; a span matched by several terms lists them all in
 * termIds, preferring forms over derived, document-specific over general, approved over proposed.
 */
export function compileGlossary(terms: readonly GlossaryTerm[], options: CompileOptions = {}): GlossaryMatcher {
  const used = terms.filter((t) => applies(t, options.documentId));
  const source = sourceSide(used);
  const target = targetSide(used);
  const sourceKeys = keyCache((w) => sourceTokenKeys(w, source.vocabulary), longestUsefulWord(source.vocabulary));
  const targetKeys = keyCache((w) => targetTokenKeys(w, target.vocabulary), longestUsefulWord(target.vocabulary));
  return {
    matchSource(text) {
      return match(source, tokenize(text, false, sourceKeys), () => true);
    },
    matchTarget(text, termIds) {
      const keep = termIds ? (e: Entry) => termIds.has(e.term.id) : () => true;
      return match(target, tokenize(text, true, targetKeys), keep);
    },
  };
}
