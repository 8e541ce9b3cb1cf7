/**
 * A document's sentences flattened in order, with the paragraph each one
 * belongs to, and the paragraph-link group of each paragraph: the common
 * ground of the two alignment levels.
 */
import type { Link } from './types';

export interface Flat {
  readonly sentences: string[];
  /** Paragraph of each sentence. */
  readonly block: Int32Array;
  /** First sentence of each paragraph, plus the total at the end. */
  readonly start: Int32Array;
}

export function flatten(paragraphs: readonly (readonly string[])[]): Flat {
  const start = new Int32Array(paragraphs.length + 1);
  for (let k = 0; k < paragraphs.length; k++) start[k + 1] = start[k]! + paragraphs[k]!.length;
  // Sized up front: half a million sentences grown one push at a time leave their copies behind.
  const count = start[paragraphs.length]!;
  const sentences = new Array<string>(count);
  const block = new Int32Array(count);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    for (let x = 0; x < p.length; x++) {
      sentences[start[k]! + x] = p[x]!;
      block[start[k]! + x] = k;
    }
  }
  return { sentences, block, start };
}

/** Paragraph-link group of each paragraph on one side. */
export function groupsOf(links: readonly Link[], paragraphCount: number, side: 'source' | 'target'): Int32Array {
  const group = new Int32Array(paragraphCount);
  links.forEach((link, g) => {
    const units = link[side];
    for (let x = 0; x < units.length; x++) group[units[x]!] = g;
  });
  return group;
}
