/**
 * Builds gold-aligned Indonesian–English documents from the shared
 * evaluation data (beside the project root, in ../shared/eval-data).
 * A document is paragraphs of sentences; every English sentence records
 * which Indonesian sentences it renders, so gold links at both levels
 * follow from the recorded relation however the English side is edited.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../../src/core/text';
import { randomInt } from './rng';

export const DATA_DIR = fileURLToPath(new URL('../../../../shared/eval-data/', import.meta.url));

export interface EnSentence { text: string; origins: number[] }
export interface GoldDocument {
  name: string;
  /** Indonesian paragraphs of sentences; sentence ids are their global order. */
  source: string[][];
  /** English paragraphs of sentences with their origins. */
  target: EnSentence[][];
}

function lines(path: string): string[] {
  return readFileSync(DATA_DIR + path, 'utf8').split('\n').map((l) => l.trim());
}

/** Sentences of one text by the product's splitter, so the gold units are the ones a user would see. */
export function sentencesOf(text: string, lang: 'id' | 'en'): string[] {
  const spans = splitSentences(text, lang).map((s) => s.text);
  return spans.length > 0 ? spans : [text.trim()];
}

/** UDHR paragraphs; the preamble's one non-1:1 region follows the data's manifest. */
export function udhrDocument(): GoldDocument {
  const id = lines('udhr/udhr2.ind.txt').filter(Boolean);
  const en = lines('udhr/udhr2.eng.txt').filter(Boolean);
  const origins = en.map((_, k) => [k]);
  origins[8] = [8];
  origins[9] = [8];
  origins[10] = [9, 10, 11];
  origins[11] = [9, 10, 11];
  return {
    name: 'udhr',
    source: id.map((p) => [p]),
    target: en.map((p, k) => [{ text: p, origins: origins[k]! }]),
  };
}

export interface Pair { id: string; en: string }

export function floresPairs(): Pair[] {
  const id = lines('flores200-devtest/devtest.ind_Latn.txt');
  const en = lines('flores200-devtest/devtest.eng_Latn.txt');
  const pairs: Pair[] = [];
  for (let k = 0; k < Math.min(id.length, en.length); k++) if (id[k] && en[k]) pairs.push({ id: id[k]!, en: en[k]! });
  return pairs;
}

export function nusaxPairs(): Pair[] {
  return lines('nusax-mt/nusax-mt.ind-eng.tsv')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 4 && c[2] && c[3])
    .map((c) => ({ id: c[2]!, en: c[3]! }));
}

/**
 * Pseudo-articles: consecutive FLORES rows cut into paragraphs of 2–5 rows,
 * `paragraphs` paragraphs per document; each row is one sentence unit.
 */
export function floresDocuments(pairs: Pair[], random: () => number, paragraphs: number, limit = Infinity): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let row = 0;
  while (row < pairs.length && docs.length < limit) {
    const source: string[][] = [];
    const target: EnSentence[][] = [];
    let sid = 0;
    for (let p = 0; p < paragraphs && row < pairs.length; p++) {
      const size = randomInt(random, 2, 5);
      const rows = pairs.slice(row, row + size);
      row += size;
      source.push(rows.map((r) => r.id));
      target.push(rows.map((r) => ({ text: r.en, origins: [sid++] })));
    }
    docs.push({ name: `flores-${docs.length}`, source, target });
  }
  return docs;
}

/**
 * NusaX items split into sentences; only items where one side is a single
 * sentence are kept, so the gold link of the item (1-n or n-1) is certain.
 */
export function nusaxDocuments(pairs: Pair[], random: () => number, paragraphs: number, limit = Infinity): GoldDocument[] {
  const items = pairs
    .map((p) => ({ id: sentencesOf(p.id, 'id'), en: sentencesOf(p.en, 'en') }))
    .filter((x) => Math.min(x.id.length, x.en.length) === 1 && Math.max(x.id.length, x.en.length) <= 3);
  const docs: GoldDocument[] = [];
  let at = 0;
  while (at < items.length && docs.length < limit) {
    const source: string[][] = [];
    const target: EnSentence[][] = [];
    let sid = 0;
    for (let p = 0; p < paragraphs && at < items.length; p++) {
      const size = randomInt(random, 1, 3);
      const chunk = items.slice(at, at + size);
      at += size;
      const sp: string[] = [];
      const tp: EnSentence[] = [];
      for (const item of chunk) {
        const ids = item.id.map(() => sid++);
        sp.push(...item.id);
        for (const e of item.en) tp.push({ text: e, origins: ids });
      }
      source.push(sp);
      target.push(tp);
    }
    docs.push({ name: `nusax-${docs.length}`, source, target });
  }
  return docs;
}

/** Concatenates documents into one long document, renumbering sentence ids. */
export function concatenate(name: string, docs: readonly GoldDocument[]): GoldDocument {
  const source: string[][] = [];
  const target: EnSentence[][] = [];
  let offset = 0;
  for (const d of docs) {
    source.push(...d.source);
    for (const p of d.target) target.push(p.map((s) => ({ text: s.text, origins: s.origins.map((o) => o + offset) })));
    offset += d.source.reduce((n, p) => n + p.length, 0);
  }
  return { name, source, target };
}
