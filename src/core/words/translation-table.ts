/**
 * Word translation probabilities learned from aligned sentences, the way IBM Model 1 learns
 * them: every English word of a pair is explained by some Indonesian word of the pair (or by
 * none, the empty word), and expectation-maximisation shifts the probability t(e | f) towards
 * the pairings that recur across the library. Words are counted under their keys (keys.ts).
 *
 * The cost is linear in the number of word pairs inside the sentence pairs and in the
 * iterations; pairs are capped (longer sentences add little and cost quadratically).
 */
import { scanEnglishWords, scanWords } from '../glossary/words';
import { englishKey, indonesianKey } from './keys';

export interface SentencePairText {
  source: string;
  target: string;
}

/** t(e | f): Indonesian key → English key → probability; the empty word is NULL_WORD. */
export type TranslationTable = Map<string, Map<string, number>>;

export const NULL_WORD = '';

export interface TrainingOptions {
  iterations?: number;
  /** Sentence pairs with more words than this on either side are left out. */
  maxWords?: number;
  /** Probabilities below this are dropped from the result to keep it small. */
  minProbability?: number;
}

interface Corpus {
  sourceVocab: string[];
  targetVocab: string[];
  pairs: { source: Int32Array; target: Int32Array }[];
}

function vocabulary(): { ids: Map<string, number>; words: string[]; id(word: string): number } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  return {
    ids,
    words,
    id(word) {
      let n = ids.get(word);
      if (n === undefined) {
        n = words.length;
        ids.set(word, n);
        words.push(word);
      }
      return n;
    },
  };
}

function readCorpus(pairs: readonly SentencePairText[], maxWords: number): Corpus {
  const source = vocabulary();
  const target = vocabulary();
  source.id(NULL_WORD);
  const out: Corpus['pairs'] = [];
  for (const pair of pairs) {
    const s = scanWords(pair.source);
    const t = scanEnglishWords(pair.target);
    if (s.length === 0 || t.length === 0 || s.length > maxWords || t.length > maxWords) continue;
    out.push({
      source: Int32Array.from([0, ...s.map((w) => source.id(indonesianKey(w.text)))]),
      target: Int32Array.from(t.map((w) => target.id(englishKey(w.text)))),
    });
  }
  return { sourceVocab: source.words, targetVocab: target.words, pairs: out };
}

/**
 * Every (f, e) pair met in some sentence pair gets one slot in a flat array; each sentence
 * pair keeps the slots of its cells, so the iterations touch typed arrays only.
 */
function indexCells(corpus: Corpus): { slotKeys: number[]; slotSource: Int32Array; cells: Int32Array[] } {
  const width = corpus.targetVocab.length;
  const slots = new Map<number, number>();
  const slotKeys: number[] = [];
  const cells = corpus.pairs.map(({ source, target }) => {
    const cell = new Int32Array(source.length * target.length);
    let n = 0;
    for (const e of target) {
      for (const f of source) {
        const key = f * width + e;
        let slot = slots.get(key);
        if (slot === undefined) {
          slot = slotKeys.length;
          slots.set(key, slot);
          slotKeys.push(key);
        }
        cell[n++] = slot;
      }
    }
    return cell;
  });
  const slotSource = Int32Array.from(slotKeys, (key) => Math.floor(key / width));
  return { slotKeys, slotSource, cells };
}

/** Learns t(e | f) from sentence pairs. */
export function trainTranslationTable(pairs: readonly SentencePairText[], options: TrainingOptions = {}): TranslationTable {
  const { iterations = 5, maxWords = 80, minProbability = 0.01 } = options;
  const corpus = readCorpus(pairs, maxWords);
  const width = corpus.targetVocab.length;
  const { slotKeys, slotSource, cells } = indexCells(corpus);
  const t = new Float64Array(slotKeys.length).fill(1 / Math.max(1, width));
  const counts = new Float64Array(slotKeys.length);
  const totals = new Float64Array(corpus.sourceVocab.length);
  for (let round = 0; round < iterations; round++) {
    counts.fill(0);
    totals.fill(0);
    corpus.pairs.forEach(({ source, target }, p) => {
      const cell = cells[p]!;
      const rowLength = source.length;
      for (let j = 0; j < target.length; j++) {
        let norm = 0;
        for (let i = 0; i < rowLength; i++) norm += t[cell[j * rowLength + i]!]!;
        for (let i = 0; i < rowLength; i++) {
          const slot = cell[j * rowLength + i]!;
          const c = t[slot]! / norm;
          counts[slot] += c;
          totals[source[i]!] += c;
        }
      }
    });
    for (let slot = 0; slot < t.length; slot++) t[slot] = counts[slot]! / totals[slotSource[slot]!]!;
  }
  const table: TranslationTable = new Map();
  slotKeys.forEach((key, slot) => {
    const p = t[slot]!;
    if (p < minProbability) return;
    const f = corpus.sourceVocab[Math.floor(key / width)]!;
    const e = corpus.targetVocab[key % width]!;
    let row = table.get(f);
    if (!row) table.set(f, (row = new Map()));
    row.set(e, p);
  });
  return table;
}
