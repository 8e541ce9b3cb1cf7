import type { ConfirmedLink } from '../model';

/**
 * An undo record: the links at [start, start + before.length) were replaced
 * by `after`. Storing only the changed range keeps records small on long
 * documents and lets undo check that nothing else moved them since.
 */
export interface LinkChange {
  start: number;
  before: ConfirmedLink[];
  after: ConfirmedLink[];
}

export function sameLink(a: ConfirmedLink, b: ConfirmedLink): boolean {
  return (
    a.confirmed === b.confirmed &&
    a.confidence === b.confidence &&
    a.source.length === b.source.length &&
    a.target.length === b.target.length &&
    a.source.every((u, i) => u === b.source[i]) &&
    a.target.every((u, i) => u === b.target[i])
  );
}

/** The smallest range that differs between two link lists. */
export function changeBetween(before: readonly ConfirmedLink[], after: readonly ConfirmedLink[]): LinkChange {
  let start = 0;
  while (start < before.length && start < after.length && sameLink(before[start], after[start])) start++;
  let tail = 0;
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    sameLink(before[before.length - 1 - tail], after[after.length - 1 - tail])
  ) {
    tail++;
  }
  return { start, before: before.slice(start, before.length - tail), after: after.slice(start, after.length - tail) };
}

/**
 * Replaces `expected` at `start` by `replacement`, or returns null when the
 * links there are no longer what the record expects.
 */
function replaceRange(
  links: readonly ConfirmedLink[],
  start: number,
  expected: readonly ConfirmedLink[],
  replacement: readonly ConfirmedLink[],
): ConfirmedLink[] | null {
  if (start + expected.length > links.length) return null;
  if (!expected.every((l, i) => sameLink(l, links[start + i]))) return null;
  return [...links.slice(0, start), ...replacement, ...links.slice(start + expected.length)];
}

export const applyChange = (links: readonly ConfirmedLink[], change: LinkChange) =>
  replaceRange(links, change.start, change.before, change.after);

export const revertChange = (links: readonly ConfirmedLink[], change: LinkChange) =>
  replaceRange(links, change.start, change.after, change.before);
