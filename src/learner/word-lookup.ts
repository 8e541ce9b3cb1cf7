/**
 * The words of one sentence link explained for the reader's popover: analysis, glossary terms,
 * dictionary glosses and the word links (core/words/explain.ts), computed on demand: one pair
 * of sentences is a few dozen words, well under a millisecond of alignment, so nothing is
 * precomputed for a document of any length. The links explained last are kept, by document
 * revision, while the glossary, the dictionary and the translation table stay the same: every
 * visitor of a document asks for its opening screen.
 */
import { buildLexicon, type Lexicon } from '../core/align/lexicon';
import { notFound } from '../core/errors';
import { glossaryLexicon } from '../core/glossary/lexicon';
import { explainPair, type GlossaryNote, type PairWords } from '../core/words/explain';
import { englishKey, indonesianKey } from '../core/words/keys';
import { scanWords } from '../core/glossary/words';
import type { Db } from '../store/database';
import { getGlossaryVersion, listTerms, type StoredTerm } from '../store/glossary';
import type { DocumentRow } from '../store/schema';
import { dictionaryGlosses, dictionaryStamp, dictionaryStems, linkSentencesBetween } from '../store/words';
import { addRoots } from '../core/glossary/morphology/dictionary';
import type { TranslationTable } from '../core/words/translation-table';
import type { LearnedWordTable } from './word-table';

interface GlossaryIndex {
  version: number;
  lexicon: Lexicon;
  /** Terms under the root of each of their Indonesian words. */
  byRoot: Map<string, StoredTerm[]>;
}

/** A popover shows a few glosses, not a dictionary page. */
const MAX_GLOSSES = 6;

/** Explained links kept (a few kilobytes each): some screens of each of a few dozen documents. */
const MAX_KEPT_LINKS = 1_000;

export class WordLookup {
  private glossary: GlossaryIndex | null = null;
  private dictionaryStamp = 0;
  private dictionaryCheckedAt = -Infinity;
  /** By `document.revision.position`; null for a position with no link. */
  private readonly kept = new Map<string, PairWords | null>();
  /** What the kept links were explained with. */
  private keptWith: { glossary: GlossaryIndex; table: TranslationTable | null; dictionary: number } | null = null;

  constructor(
    private readonly db: Db,
    private readonly table: LearnedWordTable,
  ) {}

  /** The explained words of the document's sentence link at `linkPosition` (the reader's data-link). */
  async forLink(document: DocumentRow, linkPosition: number): Promise<PairWords> {
    const words = (await this.forLinks(document, linkPosition, linkPosition)).get(linkPosition);
    if (!words) throw notFound('sentence link');
    return words;
  }

  /**
   * The explained words of the links from `first` to `last` (a screenful the reader fetches
   * before any tap), by link position; positions with no link are absent.
   */
  async forLinks(document: DocumentRow, first: number, last: number): Promise<Map<number, PairWords>> {
    const [glossary, table] = await Promise.all([this.glossaryIndex(), this.table.current(), this.installedRoots()]);
    let basis = this.keptWith;
    if (!basis || basis.glossary !== glossary || basis.table !== table || basis.dictionary !== this.dictionaryStamp) {
      this.kept.clear();
      basis = this.keptWith = { glossary, table, dictionary: this.dictionaryStamp };
    }
    const key = (position: number) => `${document.id}.${document.revision}.${position}`;
    const missing: number[] = [];
    for (let position = first; position <= last; position++) if (!this.kept.has(key(position))) missing.push(position);
    const explained = missing.length > 0 ? await this.explain(document, missing[0], missing[missing.length - 1], glossary, table) : new Map<number, PairWords>();
    // Explained with what has changed meanwhile: answered, not kept.
    const keeping = this.keptWith === basis;
    const words = new Map<number, PairWords>();
    for (let position = first; position <= last; position++) {
      const found = explained.get(position) ?? this.kept.get(key(position)) ?? null;
      if (found) words.set(position, found);
      // Kept longer for being asked for again.
      if (keeping) this.keep(key(position), found);
    }
    return words;
  }

  private keep(key: string, words: PairWords | null): void {
    this.kept.delete(key);
    this.kept.set(key, words);
    if (this.kept.size > MAX_KEPT_LINKS) this.kept.delete(this.kept.keys().next().value as string);
  }

  private async explain(document: DocumentRow, first: number, last: number, glossary: GlossaryIndex, table: TranslationTable | null): Promise<Map<number, PairWords>> {
    const pairs = await linkSentencesBetween(this.db, document.id, first, last);
    if (pairs.size === 0) return new Map();
    const words = [...pairs.values()].flatMap((p) => p.source.flatMap((s) => scanWords(s.text).map((w) => w.text.toLowerCase())));
    const glosses = await this.glosses([...words, ...words.map(indonesianKey)]);
    const englishOf = new Map([...glosses].map(([word, list]) => [word, new Set(list.flatMap(glossWords))]));
    const visible = (t: StoredTerm) => t.documentId === null || t.documentId === document.id;
    const evidence = { lexicon: glossary.lexicon, table, dictionary: (key: string) => englishOf.get(key) };
    const notes = {
      glossary: (root: string): GlossaryNote[] => (glossary.byRoot.get(root) ?? []).filter(visible).map((t) => ({ source: t.source, targets: t.targets })),
      dictionary: (root: string, word: string) => [...new Set([...(glosses.get(word) ?? []), ...(glosses.get(root) ?? [])])].slice(0, MAX_GLOSSES),
    };
    // One link at a time, each a few milliseconds, letting other requests in between: a screenful is not one long task.
    const explained = new Map<number, PairWords>();
    for (const [position, p] of pairs) {
      if (explained.size > 0) await new Promise((resolve) => setImmediate(resolve));
      explained.set(position, explainPair(p.source, p.target, evidence, notes));
    }
    return explained;
  }

  /** An imported hunspell word list extends the morphology's roots (entries are only ever added). */
  private async installedRoots(): Promise<void> {
    // A dictionary is imported rarely: looked for every few seconds, not on every word.
    if (performance.now() - this.dictionaryCheckedAt < 5_000) return;
    this.dictionaryCheckedAt = performance.now();
    const stamp = await dictionaryStamp(this.db);
    if (stamp === this.dictionaryStamp) return;
    addRoots(await dictionaryStems(this.db));
    this.dictionaryStamp = stamp;
  }

  private async glosses(words: string[]): Promise<Map<string, string[]>> {
    const byWord = new Map<string, string[]>();
    for (const entry of await dictionaryGlosses(this.db, words)) {
      if (!entry.gloss) continue;
      byWord.set(entry.word, [...(byWord.get(entry.word) ?? []), entry.gloss]);
    }
    return byWord;
  }

  private async glossaryIndex(): Promise<GlossaryIndex> {
    const version = await getGlossaryVersion(this.db);
    if (this.glossary?.version === version) return this.glossary;
    const terms = await listTerms(this.db);
    const byRoot = new Map<string, StoredTerm[]>();
    for (const term of terms) {
      for (const root of new Set(scanWords(term.source).map((w) => indonesianKey(w.text)))) byRoot.set(root, [...(byRoot.get(root) ?? []), term]);
    }
    this.glossary = { version, lexicon: buildLexicon(glossaryLexicon(terms)), byRoot };
    return this.glossary;
  }
}

/** The English words of a gloss ("to attack; assault" → attack, assault), for alignment evidence. */
function glossWords(gloss: string): string[] {
  return gloss
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .filter((w) => w.length > 2 && !GLOSS_FILLERS.has(w))
    .flatMap((w) => [w, englishKey(w)]);
}

const GLOSS_FILLERS = new Set(['the', 'and', 'for', 'with', 'something', 'someone', 'one', 'etc']);
