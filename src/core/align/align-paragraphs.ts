/**
 * Alignment of paragraphs (or lines of a file, each a paragraph or a
 * sentence) when only their text is known: every one is split into
 * sentences and the document is aligned at both levels, so paragraph links
 * get the sentence-level checks (a sentence moved into the next paragraph,
 * a paragraph the translator split or dropped) that a flat alignment of
 * whole paragraphs cannot make.
 */
import { splitSentences } from '../text/sentences';
import { alignDocument } from './align-document';
import type { Link } from './types';

/** The sentences of a paragraph as the aligner takes them; a paragraph the splitter finds none in is one. */
export function sentencesOf(paragraph: string, lang: 'id' | 'en'): string[] {
  const sentences = splitSentences(paragraph, lang).map((s) => s.text);
  return sentences.length > 0 ? sentences : [paragraph];
}

/** Aligns Indonesian paragraphs with English ones; links index the paragraphs. */
export function alignParagraphs(source: readonly string[], target: readonly string[], lexicon?: ReadonlyMap<string, string[]>): Link[] {
  return alignDocument(source.map((p) => sentencesOf(p, 'id')), target.map((p) => sentencesOf(p, 'en')), { lexicon }).paragraphs;
}
