import type { ConfirmedLink, Side } from '../model';

/**
 * Units [from, from + oldCount) of one side were replaced by `newCount`
 * units (a sentence saved as several, a paragraph rewritten). The new units
 * join the link that held the first old one; later units shift. The result
 * is valid but rough: re-align the affected group afterwards.
 */
export function replaceUnits(
  links: readonly ConfirmedLink[],
  side: Side,
  from: number,
  oldCount: number,
  newCount: number,
): ConfirmedLink[] {
  const shift = newCount - oldCount;
  const fresh = Array.from({ length: newCount }, (_, i) => from + i);
  let placed = newCount === 0;
  const out: ConfirmedLink[] = [];
  for (const link of links) {
    const units: number[] = [];
    for (const u of link[side]) {
      if (u < from) units.push(u);
      else if (u >= from + oldCount) units.push(u + shift);
      else if (!placed) {
        units.push(...fresh);
        placed = true;
      }
    }
    const next = { ...link, [side]: units };
    if (next.source.length + next.target.length > 0) out.push(next);
  }
  return out;
}

/** Index range [first, last] of the links holding any of the given units, or null. */
export function linkRangeOf(links: readonly ConfirmedLink[], side: Side, units: readonly number[]): [number, number] | null {
  const wanted = new Set(units);
  let first = -1;
  let last = -1;
  links.forEach((link, i) => {
    if (link[side].some((u) => wanted.has(u))) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}
