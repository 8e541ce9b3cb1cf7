/**
 * A document as exchange formats see it: its sentence links in order, each
 * with the texts on both sides and the paragraph group it falls in.
 */
import type { Link } from '../model';

export interface ExchangePair {
  /** Index of the paragraph link the pair belongs to; pairs of one group share a paragraph. */
  group: number;
  source: string[];
  target: string[];
  confidence: number;
  confirmed: boolean;
}

export interface ExchangeDocument {
  title: string;
  titleEn: string | null;
  /** BCP 47 tag of the English side, e.g. en-US. */
  targetLang: string;
  pairs: ExchangePair[];
}


/**
 * Builds pairs from sentence texts, sentence links, and the paragraph of each
 * sentence; a pair belongs to the paragraph link holding its first sentence.
 */
export function pairsOf(input: {
  sourceSentences: readonly string[];
  targetSentences: readonly string[];
  sourceParagraphOf: readonly number[];
  targetParagraphOf: readonly number[];
  paragraphLinks: readonly { source: number[]; target: number[] }[];
  sentenceLinks: readonly Link[];
}): ExchangePair[] {
  const groupOfSource = new Map<number, number>();
  const groupOfTarget = new Map<number, number>();
  input.paragraphLinks.forEach((link, group) => {
    for (const p of link.source) groupOfSource.set(p, group);
    for (const p of link.target) groupOfTarget.set(p, group);
  });
  return input.sentenceLinks.map((link) => {
    const group =
      link.source.length > 0
        ? groupOfSource.get(input.sourceParagraphOf[link.source[0]])
        : groupOfTarget.get(input.targetParagraphOf[link.target[0]]);
    return {
      group: group ?? 0,
      source: link.source.map((i) => input.sourceSentences[i]),
      target: link.target.map((i) => input.targetSentences[i]),
      confidence: link.confidence,
      confirmed: link.confirmed ?? false,
    };
  });
}

/** The text of one side of a pair, as a single segment. */
export const sideText = (sentences: readonly string[]) => sentences.join(' ');
