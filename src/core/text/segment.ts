import { normalizeText } from './normalize';
import { splitParagraphs } from './paragraphs';
import { splitSentences } from './sentences';
import type { Lang, SegmentedParagraph } from './types';

export function segmentDocument(text: string, lang: Lang): SegmentedParagraph[] {
  return splitParagraphs(normalizeText(text)).map((paragraph) => ({
    text: paragraph,
    sentences: splitSentences(paragraph, lang).map((sentence) => sentence.text),
  }));
}
