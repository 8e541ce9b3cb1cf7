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
  const sentences: string[] = [];
  const blockList: number[] = [];
  const start = new Int32Array(paragraphs.length + 1);
  paragraphs.forEach((p, k) => {
    start[k] = sentences.length;
    for (const s of p) { sentences.push(s); blockList.push(k); }
  });
  start[paragraphs.length] = sentences.length;
  return { sentences, block: Int32Array.from(blockList), start };
}

/** Paragraph-link group of each paragraph on one side. */
export function groupsOf(links: readonly Link[], paragraphCount: number, side: 'source' | 'target'): Int32Array {
  const group = new Int32Array(paragraphCount);
  links.forEach((link, g) => { for (const p of link[side]) group[p] = g; });
  return group;
}
