import { endsSentence } from './boundary';
import type { Lang, TextSpan } from './types';

/**
 * Split one paragraph into sentences. Each span excludes the whitespace
 * around it and points into `paragraph`.
 */
export function splitSentences(paragraph: string, lang: Lang): TextSpan[] {
  const spans: TextSpan[] = [];
  const chunks = /\S+/g;
  let previous = chunks.exec(paragraph);
  if (!previous) return spans;
  let sentenceStart = previous.index;
  let opensSentence = true;
  for (let current = chunks.exec(paragraph); current; current = chunks.exec(paragraph)) {
    if (endsSentence(previous[0], current[0], lang, opensSentence)) {
      const end = previous.index + previous[0].length;
      spans.push({ text: paragraph.slice(sentenceStart, end), start: sentenceStart, end });
      sentenceStart = current.index;
      opensSentence = true;
    } else {
      opensSentence = false;
    }
    previous = current;
  }
  const end = previous.index + previous[0].length;
  spans.push({ text: paragraph.slice(sentenceStart, end), start: sentenceStart, end });
  return spans;
}
