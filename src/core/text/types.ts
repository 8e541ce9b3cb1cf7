export type { Lang } from '../model';

/** A slice of some input string; offsets are UTF-16 code units and `text === input.slice(start, end)`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface Token extends TextSpan {
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

export interface SegmentedParagraph {
  text: string;
  sentences: string[];
}
