/**
 * compileGlossary turns terms into two token tries (Indonesian sources, English equivalents).
 * Matching scans the text once into words, reads each distinct word into its possible keys
 * (cached), walks the trie from every word, then keeps the longest matches:
 *
 *   terms "pasukan" and "pasukan keamanan", text "pasukan keamanan CSTO-nya"
 *   hits: pasukan [0,0], pasukan keamanan [0,1], CSTO [2,2]
 *   kept: "pasukan keamanan" (longest over "pasukan"), "CSTO-nya" (CSTO + -nya)
 */
import { sourceTermKey, sourceTokenKeys, targetTermKeys, targetTokenKeys, type KeyNeeds } from './keys';
import { createNode, insertPath, walkTokens, type PathHit, type TokenKey, type TrieNode } from './trie';
import type { GlossaryMatcher, GlossaryTerm, TermMatch } from './types';
import { scanEnglishWords, scanWords, type Word } from './words';

interface Entry {
  term: GlossaryTerm;
  /** Position in the input list: the last tie-breaker, also for terms not stored yet. */
  order: number;
  /** The lower-case words of the side this path spells. */
  words: string[];
}

interface Side {
  trie: TrieNode<Entry>;
  needs: KeyNeeds;
}

export interface CompileOptions {
  /** Keep only terms for every document plus those of this document. */
  documentId?: number | null;
}

function product(choices: string[][]): string[][] {
  return choices.reduce<string[][]>((paths, keys) => paths.flatMap((p) => keys.map((k) => [...p, k])), [[]]);
}

function sourceSide(terms: readonly GlossaryTerm[]): Side {
  const trie = createNode<Entry>();
  const needs: KeyNeeds = { forms: false, exact: false, derived: false };
  terms.forEach((term, order) => {
    const words = scanWords(term.source).map((w) => w.text);
    if (words.length === 0) return;
    if (term.caseSensitive) needs.exact = true;
    else if (term.mode === 'derived') needs.derived = true;
    else needs.forms = true;
    const lower = words.map((w) => w.toLowerCase());
    insertPath(trie, words.map((w) => sourceTermKey(w, term)), { term, order, words: lower });
  });
  return { trie, needs };
}

function targetSide(terms: readonly GlossaryTerm[]): Side {
  const trie = createNode<Entry>();
  const needs: KeyNeeds = { forms: true, exact: false, derived: false };
  terms.forEach((term, order) => {
    if (term.caseSensitive) needs.exact = true;
    for (const target of term.targets) {
      const words = scanEnglishWords(target).map((w) => w.text);
      if (words.length === 0) continue;
      const entry = { term, order, words: words.map((w) => w.toLowerCase()) };
      for (const path of product(words.map((w) => targetTermKeys(w, term.caseSensitive)))) insertPath(trie, path, entry);
    }
  });
  return { trie, needs };
}

/** Forms before derived, document terms before general ones, approved before proposed. */
function priority(a: Entry, b: Entry): number {
  const rank = (e: Entry) =>
    (e.term.mode === 'derived' ? 4 : 0) + (e.term.documentId === null ? 2 : 0) + (e.term.status === 'proposed' ? 1 : 0);
  return rank(a) - rank(b) || a.order - b.order;
}

function describe(words: Word[], hit: PathHit<Entry>, entry: Entry): string | undefined {
  const parts = words.slice(hit.first, hit.last + 1).map((w, k) => {
    const build = hit.builds[k];
    return build === undefined || w.text.toLowerCase() === entry.words[k] ? undefined : build;
  });
  if (parts.every((p) => p === undefined)) return undefined;
  return parts.map((p, k) => p ?? words[hit.first + k]!.text).join(' · ');
}

interface Span {
  first: number;
  last: number;
  records: { entry: Entry; hit: PathHit<Entry> }[];
}

function groupBySpan(hits: PathHit<Entry>[], keep: (e: Entry) => boolean): Span[] {
  const spans = new Map<string, Span>();
  for (const hit of hits) {
    for (const entry of hit.values) {
      if (!keep(entry)) continue;
      const id = `${hit.first}:${hit.last}`;
      let span = spans.get(id);
      if (!span) spans.set(id, (span = { first: hit.first, last: hit.last, records: [] }));
      span.records.push({ entry, hit });
    }
  }
  return [...spans.values()];
}

function longestFirst(words: Word[]) {
  const chars = (s: Span) => words[s.last]!.end - words[s.first]!.start;
  return (a: Span, b: Span) => b.last - b.first - (a.last - a.first) || chars(b) - chars(a) || a.first - b.first;
}

function selectMatches(text: string, words: Word[], spans: Span[]): TermMatch[] {
  const taken = new Uint8Array(words.length);
  const matches: TermMatch[] = [];
  for (const span of spans.sort(longestFirst(words))) {
    if (taken.subarray(span.first, span.last + 1).some((t) => t === 1)) continue;
    taken.fill(1, span.first, span.last + 1);
    span.records.sort((a, b) => priority(a.entry, b.entry));
    const top = span.records[0]!;
    const termIds = [...new Set(span.records.map((r) => r.entry.term.id))];
    const start = words[span.first]!.start;
    const end = words[span.last]!.end;
    const build = describe(words, top.hit, top.entry);
    matches.push({ termId: top.entry.term.id, termIds, start, end, text: text.slice(start, end), ...(build ? { build } : {}) });
  }
  return matches.sort((a, b) => a.start - b.start);
}

function cachedKeys(words: Word[], read: (word: string) => TokenKey[]): (i: number) => TokenKey[] {
  const byWord = new Map<string, TokenKey[]>();
  const byIndex: (TokenKey[] | undefined)[] = new Array(words.length);
  return (i) => {
    let keys = byIndex[i];
    if (keys) return keys;
    const text = words[i]!.text;
    keys = byWord.get(text);
    if (!keys) byWord.set(text, (keys = read(text)));
    return (byIndex[i] = keys);
  };
}

function match(side: Side, text: string, words: Word[], read: (w: string) => TokenKey[], keep: (e: Entry) => boolean) {
  const hits = walkTokens(side.trie, words.length, cachedKeys(words, read));
  return selectMatches(text, words, groupBySpan(hits, keep));
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
  return {
    matchSource(text) {
      return match(source, text, scanWords(text), (w) => sourceTokenKeys(w, source.needs), () => true);
    },
    matchTarget(text, termIds) {
      const keep = termIds ? (e: Entry) => termIds.has(e.term.id) : () => true;
      return match(target, text, scanEnglishWords(text), (w) => targetTokenKeys(w, target.needs), keep);
    },
  };
}
