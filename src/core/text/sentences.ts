import { endsSentence, mayEndSentence } from './boundary';
import type { Lang, TextSpan } from './types';
import { skipNonSpaces, skipSpaces } from './whitespace';

function span(paragraph: string, start: number, end: number): TextSpan {
  return { text: paragraph.slice(start, end), start, end };
}

/**
 * Split one paragraph into sentences. Boundaries are decided between runs
 * of non-space characters ("chunks"); each span excludes the whitespace
 * around it and points into `paragraph`.
 */
export function splitSentences(paragraph: string, lang: Lang): TextSpan[] {
  const spans: TextSpan[] = [];
  let chunkStart = skipSpaces(paragraph, 0);
  if (chunkStart === paragraph.length) return spans;
  let chunkEnd = skipNonSpaces(paragraph, chunkStart);
  let sentenceStart = chunkStart;
  while (true) {
    const nextStart = skipSpaces(paragraph, chunkEnd);
    if (nextStart === paragraph.length) break;
    const nextEnd = skipNonSpaces(paragraph, nextStart);
    const opensSentence = chunkStart === sentenceStart;
    if (
      mayEndSentence(paragraph.charAt(chunkEnd - 1)) &&
      endsSentence(paragraph.slice(chunkStart, chunkEnd), paragraph.slice(nextStart, nextEnd), lang, opensSentence)
    ) {
      spans.push(span(paragraph, sentenceStart, chunkEnd));
      sentenceStart = nextStart;
    }
    chunkStart = nextStart;
    chunkEnd = nextEnd;
  }
  spans.push(span(paragraph, sentenceStart, chunkEnd));
  return spans;
}
