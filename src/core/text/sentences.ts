import { endsSentence as importedEndsSentence, mayEndSentence as importedMayEndSentence } from './boundary';
import { isHeadingLine } from './labels';
import type { Lang, TextSpan } from './types';
import { skipNonSpaces as importedSkipNonSpaces, skipSpaces as importedSkipSpaces } from './whitespace';

// Module-level copies of the functions called per word: compiled to CommonJS, each call through an import reads a getter.
const endsSentence = importedEndsSentence;
const mayEndSentence = importedMayEndSentence;
const skipNonSpaces = importedSkipNonSpaces;
const skipSpaces = importedSkipSpaces;

/**
 * Split one paragraph into sentences. Boundaries are decided between runs
 * of non-space characters ("chunks"); each span excludes the whitespace
 * around it and points into `paragraph`.
 */
export function splitSentences(paragraph: string, lang: Lang): TextSpan[] {
  const spans: TextSpan[] = [];
  eachSentence(paragraph, lang, (start, end) => spans.push({ text: paragraph.slice(start, end), start, end }));
  return spans;
}

/**
 * The sentences' texts alone: a document of half a million short sentences
 * would otherwise leave a span object behind for each.
 */
export function sentenceTexts(paragraph: string, lang: Lang): string[] {
  const texts: string[] = [];
  eachSentence(paragraph, lang, (start, end) => texts.push(paragraph.slice(start, end)));
  return texts;
}

/** Calls `found` with the start and end of each sentence, in order. */
function eachSentence(paragraph: string, lang: Lang, found: (start: number, end: number) => void): void {
  let chunkStart = skipSpaces(paragraph, 0);
  if (chunkStart === paragraph.length) return;
  let chunkEnd = skipNonSpaces(paragraph, chunkStart);
  let sentenceStart = chunkStart;
  while (true) {
    const nextStart = skipSpaces(paragraph, chunkEnd);
    if (nextStart === paragraph.length) break;
    const nextEnd = skipNonSpaces(paragraph, nextStart);
    const opensSentence = chunkStart === sentenceStart;
    if (
      (mayEndSentence(paragraph.charAt(chunkEnd - 1)) &&
        endsSentence(paragraph.slice(chunkStart, chunkEnd), paragraph.slice(nextStart, nextEnd), lang, opensSentence)) ||
      endsHeading(paragraph, sentenceStart, chunkEnd, nextStart)
    ) {
      found(sentenceStart, chunkEnd);
      sentenceStart = nextStart;
    }
    chunkStart = nextStart;
    chunkEnd = nextEnd;
  }
  found(sentenceStart, chunkEnd);
}

/** A heading line ("Pasal 3") followed by a line break ends there: the line after it is its own sentence. */
function endsHeading(paragraph: string, sentenceStart: number, chunkEnd: number, nextStart: number): boolean {
  // Only the spaces between the two chunks are looked at, so a long paragraph is still read once.
  for (let i = chunkEnd; i < nextStart; i++) {
    if (paragraph.charCodeAt(i) === 10) return isHeadingLine(paragraph.slice(sentenceStart, chunkEnd));
  }
  return false;
}
