/**
 * Alignment of two files of lines, each line a paragraph (or a sentence):
 * every line is split into sentences and the document is aligned at both
 * levels, so line links get the sentence-level checks (a sentence moved
 * across lines, a line the translator split or dropped) that a flat
 * alignment of whole lines cannot make.
 */
import { splitSentences } from '../text/sentences';
import { alignDocument } from './align-document';
import type { Link } from './types';

function sentencesOf(line: string, lang: 'id' | 'en'): string[] {
  const sentences = splitSentences(line, lang).map((s) => s.text);
  return sentences.length > 0 ? sentences : [line];
}

/** Aligns Indonesian lines with English lines; links index the lines. */
export function alignLines(source: readonly string[], target: readonly string[], lexicon?: ReadonlyMap<string, string[]>): Link[] {
  return alignDocument(source.map((l) => sentencesOf(l, 'id')), target.map((l) => sentencesOf(l, 'en')), { lexicon }).paragraphs;
}
