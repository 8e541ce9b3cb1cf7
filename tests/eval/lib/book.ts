/**
 * The documents of a set as one book in two editions, each document a chapter opened by a numbered
 * heading ("Bab 3" / "Chapter 3", as books are), for the chapter pairing
 * (src/core/align/chapters.ts): the Indonesian edition opens with a preface the English lacks (the
 * first document, its English dropped) and lacks nothing else, the English edition lacks one chapter
 * in the middle (its English dropped too). The gold follows from the documents': a chapter without
 * English is Indonesian without a counterpart.
 */
import { alignByChapters, alignDocument } from '../../../src/core/align';
import { concatenate, type GoldDocument } from './corpus';
import { goldLinks, targetTexts } from './gold';
import { tally, type Tally } from './metrics';

export interface Book {
  doc: GoldDocument;
  chapters: { source: number[]; target: number[] };
}

/** A chapter's heading as its first paragraph, linked to the English one; the sentence ids after it move by one. */
function withHeading(doc: GoldDocument, id: string, en: string): GoldDocument {
  const target = doc.target.map((p) => p.map((s) => ({ text: s.text, origins: s.origins.map((o) => o + 1) })));
  return { name: doc.name, source: [[id], ...doc.source], target: [[{ text: en, origins: [0] }], ...target] };
}

export function bookOf(name: string, docs: readonly GoldDocument[]): Book {
  const missing = Math.floor(docs.length / 2);
  const chapters = docs
    .map((d, i) => (i === 0 ? withHeading(d, 'Kata Pengantar', 'Preface') : withHeading(d, `Bab ${i}`, `Chapter ${i}`)))
    .map((d, i) => (i === 0 || i === missing ? { ...d, target: [] } : d));
  const starts = (counts: number[]) => counts.reduce<number[]>((acc, n, i) => [...acc, i === 0 ? 0 : acc[i - 1]! + counts[i - 1]!], []);
  const withTarget = chapters.filter((d) => d.target.length > 0);
  return {
    doc: concatenate(name, chapters),
    chapters: { source: starts(chapters.map((d) => d.source.length)), target: starts(withTarget.map((d) => d.target.length)) },
  };
}

export type BookSystem = 'sejajar-book-chapters' | 'sejajar-book-whole';
export const BOOK_SYSTEMS: BookSystem[] = ['sejajar-book-chapters', 'sejajar-book-whole'];

/** The book aligned chapters first, as an import of two books does, or as one run of paragraphs, as before chapters were paired. */
export function evaluateBook(book: Book, system: BookSystem): { paragraphs: Tally; sentences: Tally } {
  const gold = goldLinks(book.doc);
  const target = targetTexts(book.doc);
  const aligned = system === 'sejajar-book-chapters' ? alignByChapters(book.doc.source, target, book.chapters) : alignDocument(book.doc.source, target);
  return { paragraphs: tally(aligned.paragraphs, gold.paragraphs), sentences: tally(aligned.sentences, gold.sentences) };
}
