/**
 * Translator behaviour injected into the English side: merged, split,
 * dropped and inserted paragraphs, merged, dropped and inserted sentences.
 */
import type { EnSentence, GoldDocument } from './corpus';
import { randomInt } from './rng';

export interface EditRates {
  mergeParagraphs: number;
  splitParagraph: number;
  dropParagraph: number;
  insertParagraph: number;
  mergeSentences: number;
  dropSentence: number;
  insertSentence: number;
}

export const DEFAULT_RATES: EditRates = {
  mergeParagraphs: 0.07,
  splitParagraph: 0.07,
  dropParagraph: 0.05,
  insertParagraph: 0.05,
  mergeSentences: 0.04,
  dropSentence: 0.02,
  insertSentence: 0.02,
};

/** A third of the standard rates: a careful translator's document, about one paragraph in twelve edited. */
export const LIGHT_RATES: EditRates = Object.fromEntries(
  Object.entries(DEFAULT_RATES).map(([kind, rate]) => [kind, rate / 3]),
) as unknown as EditRates;

export interface EditLog { [kind: string]: number }

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function unrelated(random: () => number, pool: readonly string[], sentences: number): EnSentence[] {
  return Array.from({ length: sentences }, () => ({ text: pick(random, pool), origins: [] }));
}

function editSentences(paragraph: EnSentence[], random: () => number, rates: EditRates, pool: readonly string[], log: EditLog): EnSentence[] {
  const out: EnSentence[] = [];
  for (let k = 0; k < paragraph.length; k++) {
    const s = paragraph[k]!;
    const next = paragraph[k + 1];
    const r = random();
    if (next && r < rates.mergeSentences) {
      out.push({ text: `${s.text} ${next.text}`, origins: [...s.origins, ...next.origins] });
      k++;
      log.mergeSentences = (log.mergeSentences ?? 0) + 1;
    } else if (paragraph.length > 1 && r < rates.mergeSentences + rates.dropSentence) {
      log.dropSentence = (log.dropSentence ?? 0) + 1;
    } else {
      out.push(s);
      if (random() < rates.insertSentence) {
        out.push(...unrelated(random, pool, 1));
        log.insertSentence = (log.insertSentence ?? 0) + 1;
      }
    }
  }
  return out.length > 0 ? out : paragraph;
}

/** A copy of `doc` with edits on the English side, and a count of what was done. */
export function editDocument(doc: GoldDocument, random: () => number, pool: readonly string[], rates: EditRates = DEFAULT_RATES): { doc: GoldDocument; log: EditLog } {
  const log: EditLog = {};
  const target: EnSentence[][] = [];
  const paragraphs = doc.target;
  for (let p = 0; p < paragraphs.length; p++) {
    const current = editSentences(paragraphs[p]!, random, rates, pool, log);
    const r = random();
    let edge = rates.mergeParagraphs;
    if (r < edge && p + 1 < paragraphs.length) {
      target.push([...current, ...editSentences(paragraphs[p + 1]!, random, rates, pool, log)]);
      p++;
      log.mergeParagraphs = (log.mergeParagraphs ?? 0) + 1;
    } else if (r < (edge += rates.splitParagraph) && current.length > 1) {
      const cut = randomInt(random, 1, current.length - 1);
      target.push(current.slice(0, cut), current.slice(cut));
      log.splitParagraph = (log.splitParagraph ?? 0) + 1;
    } else if (r < (edge += rates.dropParagraph)) {
      log.dropParagraph = (log.dropParagraph ?? 0) + 1;
    } else {
      target.push(current);
    }
    if (random() < rates.insertParagraph) {
      target.push(unrelated(random, pool, randomInt(random, 1, 3)));
      log.insertParagraph = (log.insertParagraph ?? 0) + 1;
    }
  }
  return { doc: { name: doc.name, source: doc.source, target }, log };
}

/** Short notes a translator or editor adds as paragraphs of their own. */
const NOTES = [
  'Translator’s note: figures as given in the original.',
  'Editor’s note: some names have been changed.',
  '(See the appendix.)',
  'Note: this section was updated after publication.',
];

/**
 * Other translator behaviour, for checking that the aligner is not tuned to
 * the edits above: the last sentence of a paragraph moved into the next
 * paragraph, three paragraphs merged into one, one split in three, and short
 * notes added. Never used for tuning.
 */
export function restructureDocument(doc: GoldDocument, random: () => number): { doc: GoldDocument; log: EditLog } {
  const log: EditLog = {};
  const count = (kind: string) => { log[kind] = (log[kind] ?? 0) + 1; };
  const paragraphs = doc.target.map((p) => [...p]);
  const target: EnSentence[][] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const current = paragraphs[p]!;
    const r = random();
    if (r < 0.08 && p + 1 < paragraphs.length && current.length > 1) {
      paragraphs[p + 1] = [current.pop()!, ...paragraphs[p + 1]!];
      target.push(current);
      count('moveSentence');
    } else if (r < 0.13 && p + 2 < paragraphs.length) {
      target.push([...current, ...paragraphs[p + 1]!, ...paragraphs[p + 2]!]);
      p += 2;
      count('mergeThree');
    } else if (r < 0.18 && current.length > 2) {
      const first = randomInt(random, 1, current.length - 2);
      const second = randomInt(random, first + 1, current.length - 1);
      target.push(current.slice(0, first), current.slice(first, second), current.slice(second));
      count('splitThree');
    } else {
      target.push(current);
    }
    if (random() < 0.05) {
      target.push([{ text: pick(random, NOTES), origins: [] }]);
      count('note');
    }
  }
  return { doc: { name: doc.name, source: doc.source, target }, log };
}
