import { normalizeText } from './normalize';
import { splitParagraphs } from './paragraphs';
import { sentenceTexts } from './sentences';
import type { Lang, SegmentedParagraph } from './types';

export function segmentDocument(text: string, lang: Lang): SegmentedParagraph[] {
  return splitParagraphs(normalizeText(text)).map((paragraph) => ({
    text: paragraph,
    sentences: sentenceTexts(paragraph, lang),
  }));
}
