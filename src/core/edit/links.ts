import { DomainError } from '../errors';
import type { ConfirmedLink, Side } from '../model';
/**
 * Hand corrections of an alignment. A link list is valid when every unit of
 * each side appears exactly once, in order, and no link is empty on both
 * sides; every operation here keeps that true or throws LinkEditError.
 */

export class LinkEditError extends DomainError {
  constructor(code: string, message: string) {
    super('invalid', code, message);
    this.name = 'LinkEditError';
  }
}

/** What a person made is certain, but stays open to re-alignment until confirmed. */
const manual = (source: number[], target: number[]): ConfirmedLink => ({ source, target, confidence: 1, confirmed: false });

function linkAt(links: readonly ConfirmedLink[], index: number): ConfirmedLink {
  const link = links[index];
  if (!Number.isInteger(index) || !link) throw new LinkEditError('no_such_link', `There is no link ${index}.`);
  return link;
}

function replaceAt(links: readonly ConfirmedLink[], index: number, count: number, inserted: ConfirmedLink[]): ConfirmedLink[] {
  return [...links.slice(0, index), ...inserted, ...links.slice(index + count)];
}

export function mergeWithNext(links: readonly ConfirmedLink[], index: number): ConfirmedLink[] {
  const first = linkAt(links, index);
  if (index + 1 >= links.length) throw new LinkEditError('no_next_link', 'The last link has no next link to merge with.');
  const second = links[index + 1];
  return replaceAt(links, index, 2, [manual([...first.source, ...second.source], [...first.target, ...second.target])]);
}

/**
 * Splits a link after `sourceCount` source and `targetCount` target units.
 * Both parts must keep at least one unit.
 */
export function splitLink(links: readonly ConfirmedLink[], index: number, sourceCount: number, targetCount: number): ConfirmedLink[] {
  const link = linkAt(links, index);
  const fits = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  if (!fits(sourceCount, link.source.length) || !fits(targetCount, link.target.length)) {
    throw new LinkEditError('bad_split', 'The split point lies outside the link.');
  }
  const head = manual(link.source.slice(0, sourceCount), link.target.slice(0, targetCount));
  const tail = manual(link.source.slice(sourceCount), link.target.slice(targetCount));
  if (isEmpty(head) || isEmpty(tail)) throw new LinkEditError('bad_split', 'Both parts of a split need at least one sentence.');
  return replaceAt(links, index, 1, [head, tail]);
}

/** The split a single key press makes: the first unit of each side becomes its own link. */
export function defaultSplit(link: ConfirmedLink): { sourceCount: number; targetCount: number } {
  const sourceCount = Math.min(1, link.source.length);
  const targetCount = Math.min(1, link.target.length);
  if (sourceCount + targetCount < link.source.length + link.target.length) return { sourceCount, targetCount };
  // A 1-1 link splits into 1-0 and 0-1.
  return { sourceCount, targetCount: 0 };
}

export type Edge = 'first' | 'last';

/**
 * Moves the first unit of one side to the end of the previous link, or the
 * last unit to the start of the next link. A link left empty disappears.
 */
export function moveUnit(links: readonly ConfirmedLink[], index: number, side: Side, edge: Edge): ConfirmedLink[] {
  const link = linkAt(links, index);
  const neighbour = edge === 'first' ? index - 1 : index + 1;
  if (neighbour < 0 || neighbour >= links.length) {
    throw new LinkEditError('no_neighbour', 'There is no neighbouring link on that side.');
  }
  if (link[side].length === 0) throw new LinkEditError('nothing_to_move', 'That side of the link is empty.');
  const unit = edge === 'first' ? link[side][0] : link[side][link[side].length - 1];
  const rest = edge === 'first' ? link[side].slice(1) : link[side].slice(0, -1);
  const other = links[neighbour];
  const received = edge === 'first' ? [...other[side], unit] : [unit, ...other[side]];
  const moved = manual(side === 'source' ? rest : link.source, side === 'target' ? rest : link.target);
  const grown = manual(side === 'source' ? received : other.source, side === 'target' ? received : other.target);
  const pair = edge === 'first' ? [grown, moved] : [moved, grown];
  return replaceAt(links, Math.min(index, neighbour), 2, pair.filter((l) => !isEmpty(l)));
}

export function setConfirmed(links: readonly ConfirmedLink[], index: number, confirmed: boolean): ConfirmedLink[] {
  const link = linkAt(links, index);
  return replaceAt(links, index, 1, [{ ...link, confirmed }]);
}

const isEmpty = (link: ConfirmedLink) => link.source.length === 0 && link.target.length === 0;

/** Throws unless the links cover 0..n-1 of each side once and in order. */
export function checkLinks(links: readonly ConfirmedLink[], sourceCount: number, targetCount: number): void {
  const covers = (side: Side, count: number) => {
    const units = links.flatMap((l) => l[side]);
    return units.length === count && units.every((u, i) => u === i);
  };
  if (links.some(isEmpty) || !covers('source', sourceCount) || !covers('target', targetCount)) {
    throw new LinkEditError('invalid_links', 'The links do not cover every sentence exactly once and in order.');
  }
}
