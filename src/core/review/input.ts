/**
 * A document as the queue and the checks read it: each sentence link with its sentences' texts
 * (for the checks) and ids and statuses (for the queue), in one pass over the document.
 */
import type { CheckPair } from '../checks/types';
import type { Link, Origin, SegmentStatus } from '../model';
import type { QueueLink } from './queue';

export interface ReviewSentence {
  id: number;
  position: number;
  text: string;
  status: SegmentStatus;
  origin?: Origin;
}

export interface ReviewDocument {
  source: readonly ReviewSentence[];
  target: readonly ReviewSentence[];
  sentenceLinks: readonly Link[];
  /** The passage each sentence link is shown in. */
  passageOf: (link: number) => number;
}

/** Sentences by position (positions are the side's 0-based order), looked up by index rather than hashed. */
function byPosition(side: readonly ReviewSentence[]): (ReviewSentence | undefined)[] {
  const out: (ReviewSentence | undefined)[] = [];
  for (const s of side) out[s.position] = s;
  return out;
}

function sentencesAt(positions: readonly number[], at: readonly (ReviewSentence | undefined)[]): ReviewSentence[] {
  const out: ReviewSentence[] = [];
  for (const p of positions) {
    const s = at[p];
    if (s) out.push(s);
  }
  return out;
}

const textsOf = (sentences: readonly ReviewSentence[]) => sentences.map((s) => s.text);

export function reviewInput(doc: ReviewDocument): { pairs: CheckPair[]; links: QueueLink[] } {
  const sourceAt = byPosition(doc.source);
  const targetAt = byPosition(doc.target);
  const pairs: CheckPair[] = [];
  const links: QueueLink[] = [];
  doc.sentenceLinks.forEach((link, index) => {
    const source = sentencesAt(link.source, sourceAt);
    const target = sentencesAt(link.target, targetAt);
    pairs.push({ link: index, source: textsOf(source), target: textsOf(target) });
    links.push({ index, passage: doc.passageOf(index), confidence: link.confidence, confirmed: link.confirmed ?? false, source, target });
  });
  return { pairs, links };
}
