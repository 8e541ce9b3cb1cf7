/**
 * Sorts alignment errors by kind. Predicted and gold links that differ
 * (1-0 and 0-1 links included) are grouped into error regions: links joined
 * by a shared unit on either side. Each region gets one kind, the first
 * that applies:
 * - unsupported shape: a gold link the aligner cannot produce (3-2, 2-3, ...);
 * - drop absorbed: a unit the translator dropped (gold 1-0) sits in a predicted pair;
 * - insertion absorbed: a unit the translator added (gold 0-1) sits in a predicted pair;
 * - false skip: the aligner left a unit unaligned that gold pairs;
 * - missed merge: one gold link was cut into several predicted ones;
 * - false merge: one predicted link joins several gold links;
 * - shifted: anything else (a boundary in the wrong place).
 */
import type { SimpleLink } from './gold';

export type ErrorKind = 'unsupported shape' | 'drop absorbed' | 'insertion absorbed' | 'false skip' | 'missed merge' | 'false merge' | 'shifted';
export const ERROR_KINDS: readonly ErrorKind[] = ['unsupported shape', 'drop absorbed', 'insertion absorbed', 'false skip', 'missed merge', 'false merge', 'shifted'];

export interface ErrorRegion { kind: ErrorKind; predicted: SimpleLink[]; gold: SimpleLink[] }

/** Shapes the aligner can produce, as `a-b`. */
const SUPPORTED = new Set(['1-1', '1-0', '0-1', '2-1', '1-2', '2-2', '3-1', '1-3', '3-2', '2-3']);

const key = (l: SimpleLink) => `${l.source.join(',')}|${l.target.join(',')}`;
const shape = (l: SimpleLink) => `${l.source.length}-${l.target.length}`;
const paired = (l: SimpleLink) => l.source.length > 0 && l.target.length > 0;

/** Predicted links as gold-shaped links: units the prediction leaves out count as skipped. */
function complete(links: readonly SimpleLink[], n: number, m: number): SimpleLink[] {
  const seenS = new Uint8Array(n);
  const seenT = new Uint8Array(m);
  for (const l of links) { for (const s of l.source) seenS[s] = 1; for (const t of l.target) seenT[t] = 1; }
  const out = links.map((l) => ({ source: [...l.source], target: [...l.target] }));
  for (let s = 0; s < n; s++) if (!seenS[s]) out.push({ source: [s], target: [] });
  for (let t = 0; t < m; t++) if (!seenT[t]) out.push({ source: [], target: [t] });
  return out;
}

function classify(predicted: SimpleLink[], gold: SimpleLink[]): ErrorKind {
  if (gold.some((l) => !SUPPORTED.has(shape(l)))) return 'unsupported shape';
  const predictedSource = new Set(predicted.filter(paired).flatMap((l) => l.source));
  const predictedTarget = new Set(predicted.filter(paired).flatMap((l) => l.target));
  if (gold.some((l) => l.target.length === 0 && l.source.some((s) => predictedSource.has(s)))) return 'drop absorbed';
  if (gold.some((l) => l.source.length === 0 && l.target.some((t) => predictedTarget.has(t)))) return 'insertion absorbed';
  if (predicted.some((l) => !paired(l))) return 'false skip';
  if (gold.length === 1 && predicted.length > 1) return 'missed merge';
  if (predicted.length === 1 && gold.length > 1) return 'false merge';
  return 'shifted';
}

/** Error regions of one document. */
export function errorRegions(predictedLinks: readonly SimpleLink[], goldLinks: readonly SimpleLink[], n: number, m: number): ErrorRegion[] {
  const predictedAll = complete(predictedLinks, n, m);
  const goldAll = complete(goldLinks, n, m);
  const goldKeys = new Set(goldAll.map(key));
  const predictedKeys = new Set(predictedAll.map(key));
  const wrong = predictedAll.filter((l) => !goldKeys.has(key(l)));
  const missed = goldAll.filter((l) => !predictedKeys.has(key(l)));
  const all = [...wrong, ...missed];
  const parent = all.map((_, k) => k);
  const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!; return x; };
  const owner = new Map<string, number>();
  all.forEach((l, k) => {
    for (const unit of [...l.source.map((s) => `s${s}`), ...l.target.map((t) => `t${t}`)]) {
      const other = owner.get(unit);
      if (other === undefined) owner.set(unit, k);
      else parent[find(k)] = find(other);
    }
  });
  const groups = new Map<number, ErrorRegion>();
  all.forEach((l, k) => {
    const root = find(k);
    let region = groups.get(root);
    if (!region) { region = { kind: 'shifted', predicted: [], gold: [] }; groups.set(root, region); }
    (k < wrong.length ? region.predicted : region.gold).push(l);
  });
  const regions = [...groups.values()];
  for (const r of regions) r.kind = classify(r.predicted, r.gold);
  return regions;
}

export function describeLink(l: SimpleLink): string {
  return `[${l.source.join(',')}]-[${l.target.join(',')}]`;
}
