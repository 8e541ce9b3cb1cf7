import { diffWords } from 'diff';
import { normalizeLine, splitSentences } from '../text/index';

/** A saved English text as sentences; a paragraph break typed into one segment is just a space. */
export function sentencesOfEdit(raw: string): string[] {
  const text = normalizeLine(raw);
  return splitSentences(text, 'en').map((s) => s.text);
}

export type SegmentStatusChoice = 'draft' | 'reviewed';

export function isStatusChoice(value: unknown): value is SegmentStatusChoice {
  return value === 'draft' || value === 'reviewed';
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Word-level differences from `before` to `after`, in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
