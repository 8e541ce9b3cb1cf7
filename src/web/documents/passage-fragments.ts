/**
 * The reader's passages kept as HTML between renderings of one document. A save changes one
 * passage, yet the page was rendered whole again: on a document people edit while others read it,
 * that was most of the server's work. Each passage's HTML is kept under everything it shows
 * (its text, links, heading levels, glossary terms), so the next rendering writes only the
 * passages whose content changed and takes the others as they were.
 */

import { slicer } from '../../event-loop-slices';

/** Passages rendered in one go: a few milliseconds' work, after which the event loop turns. */
const PASSAGES_PER_SLICE = 100;

/**
 * Written by the template after each passage when asked: splits one slice's HTML into passages.
 * It cannot come from a document, whose text is always escaped ("<" written as "&lt;").
 */
export const PASSAGE_END = '<!--passage-end-->';

export interface PassageFragments {
  /** What every passage also depends on (interface language, glossary version…): other fragments are not reused. */
  basis: string;
  html: Map<string, string>;
  /** Characters held: keys and HTML. */
  chars: number;
}

export interface PassageRendering<R> {
  /** Everything a passage's HTML depends on besides the basis, as one string. */
  contentOf(row: R): string;
  /** The HTML of these passages, each followed by PASSAGE_END. */
  render(rows: R[]): Promise<string>;
}

/** All passages' HTML in order, reusing `previous` where a passage's content is unchanged, and what to keep for next time. */
export async function renderPassages<R>(rows: readonly R[], basis: string, previous: PassageFragments | undefined, rendering: PassageRendering<R>): Promise<{ html: string; fragments: PassageFragments }> {
  const reusable = previous?.basis === basis ? previous.html : undefined;
  const pause = slicer();
  const contents: string[] = [];
  const html: (string | undefined)[] = [];
  for (const row of rows) {
    const content = rendering.contentOf(row);
    contents.push(content);
    html.push(reusable?.get(content));
    const turn = pause();
    if (turn) await turn;
  }
  const missing = rows.map((_, i) => i).filter((i) => html[i] === undefined);
  for (let start = 0; start < missing.length; start += PASSAGES_PER_SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const slice = missing.slice(start, start + PASSAGES_PER_SLICE);
    const parts = (await rendering.render(slice.map((i) => rows[i]!))).split(PASSAGE_END);
    if (parts.length !== slice.length + 1) throw new Error(`Rendered ${parts.length - 1} passages for ${slice.length}.`);
    slice.forEach((i, k) => (html[i] = parts[k]));
  }
  const kept = new Map<string, string>();
  let chars = 0;
  for (let i = 0; i < contents.length; i++) {
    if (kept.has(contents[i]!)) continue;
    kept.set(contents[i]!, html[i]!);
    chars += contents[i]!.length + html[i]!.length;
  }
  return { html: html.join(''), fragments: { basis, html: kept, chars } };
}
