/**
 * A document as the queue and the checks read it: each sentence link with its sentences' texts
 * (for the checks) and ids and statuses (for the queue), in one pass over the document.
 */
import type { CheckPair } from '../checks/types';
import type { Link, SegmentStatus } from '../model';
import type { QueueLink } from './queue';

export interface ReviewSentence {
  id: number;
  position: number;
  text: string;
  status: SegmentStatus;
}

export interface ReviewDocument {
  source: readonly ReviewSentence[];
  target: readonly ReviewSentence[];
  sentenceLinks: readonly Link[];
  /** The passage each sentence link is shown in. */
  passageOf: (link: number) => number;
}

export function reviewInput(doc: ReviewDocument): { pairs: CheckPair[]; links: QueueLink[] } {
  const sourceAt = new Map(doc.source.map((s) => [s.position, s]));
  const targetAt = new Map(doc.target.map((s) => [s.position, s]));
  const pairs: CheckPair[] = [];
  const links: QueueLink[] = [];
  doc.sentenceLinks.forEach((link, index) => {
    const source = link.source.map((p) => sourceAt.get(p)).filter((s): s is ReviewSentence => s !== undefined);
    const target = link.target.map((p) => targetAt.get(p)).filter((s): s is ReviewSentence => s !== undefined);
    pairs.push({ link: index, source: source.map((s) => s.text), target: target.map((s) => s.text) });
    links.push({ index, passage: doc.passageOf(index), confidence: link.confidence, confirmed: link.confirmed ?? false, source, target });
  });
  return { pairs, links };
}
