/**
 * Links confirmed by a person. Locked links that pair units cut the
 * document into independent segments; locked omissions and insertions are
 * forced inside their segment.
 */
import type { Link } from './types';

export interface LockPlan {
  /** Locked links pairing units on both sides, in order. */
  readonly pairs: Link[];
  readonly forcedSourceSkip: Uint8Array;
  readonly forcedTargetSkip: Uint8Array;
  readonly hasForced: boolean;
  /** Locked omissions / insertions keyed by their first unit, emitted in place of the forced skips. */
  readonly sourceSkips: ReadonlyMap<number, Link>;
  readonly targetSkips: ReadonlyMap<number, Link>;
}

function checkContiguous(indices: readonly number[], size: number, side: string): void {
  indices.forEach((x, k) => {
    if (!Number.isInteger(x) || x < 0 || x >= size) throw new RangeError(`locked link ${side} index ${x} out of range`);
    if (k > 0 && x !== indices[k - 1]! + 1) throw new RangeError(`locked link ${side} indices must be consecutive`);
  });
}

/** Validates locked links and sorts them into segment boundaries and forced skips. */
export function planLocks(locked: readonly Link[], n: number, m: number): LockPlan {
  const forcedSourceSkip = new Uint8Array(n);
  const forcedTargetSkip = new Uint8Array(m);
  const usedSource = new Uint8Array(n);
  const usedTarget = new Uint8Array(m);
  const pairs: Link[] = [];
  const sourceSkips = new Map<number, Link>();
  const targetSkips = new Map<number, Link>();
  for (const link of locked) {
    checkContiguous(link.source, n, 'source');
    checkContiguous(link.target, m, 'target');
    if (link.source.length === 0 && link.target.length === 0) throw new RangeError('locked link is empty');
    for (const u of link.source) {
      if (usedSource[u]) throw new RangeError(`source unit ${u} is in two locked links`);
      usedSource[u] = 1;
    }
    for (const v of link.target) {
      if (usedTarget[v]) throw new RangeError(`target unit ${v} is in two locked links`);
      usedTarget[v] = 1;
    }
    if (link.target.length === 0) {
      for (const u of link.source) forcedSourceSkip[u] = 1;
      sourceSkips.set(link.source[0]!, link);
    } else if (link.source.length === 0) {
      for (const v of link.target) forcedTargetSkip[v] = 1;
      targetSkips.set(link.target[0]!, link);
    } else pairs.push(link);
  }
  pairs.sort((x, y) => x.source[0]! - y.source[0]!);
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k]!.target[0]! <= pairs[k - 1]!.target.at(-1)!) throw new RangeError('locked links cross each other');
  }
  return { pairs, forcedSourceSkip, forcedTargetSkip, sourceSkips, targetSkips, hasForced: sourceSkips.size + targetSkips.size > 0 };
}

export interface Segment { readonly s0: number; readonly n: number; readonly t0: number; readonly m: number }

/** The free stretches between locked pairs. */
export function freeSegments(pairs: readonly Link[], n: number, m: number): Segment[] {
  const segments: Segment[] = [];
  let s = 0;
  let t = 0;
  for (const link of pairs) {
    segments.push({ s0: s, n: link.source[0]! - s, t0: t, m: link.target[0]! - t });
    s = link.source.at(-1)! + 1;
    t = link.target.at(-1)! + 1;
  }
  segments.push({ s0: s, n: n - s, t0: t, m: m - t });
  return segments;
}
