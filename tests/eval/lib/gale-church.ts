/** Plain Gale–Church (1993) length-only aligner, the classic baseline, with its published priors. */
import type { SimpleLink } from './gold';

const PRIORS: [number, number, number][] = [
  [1, 1, 0.89], [1, 0, 0.0099], [0, 1, 0.0099], [2, 1, 0.089], [1, 2, 0.089], [2, 2, 0.011],
];

function normalTail(z: number): number {
  // Abramowitz–Stegun 26.2.17 approximation of the two-sided normal tail.
  const t = 1 / (1 + 0.2316419 * z);
  const pdf = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 2 * pdf * poly;
}

export function galeChurch(source: readonly string[], target: readonly string[]): (SimpleLink & { confidence: number })[] {
  const n = source.length;
  const m = target.length;
  const ls = source.map((s) => s.length);
  const lt = target.map((s) => s.length);
  const c = lt.reduce((a, b) => a + b, 0) / Math.max(1, ls.reduce((a, b) => a + b, 0));
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Uint8Array((n + 1) * (m + 1));
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = 0;
      PRIORS.forEach(([a, b, prior], k) => {
        if (i < a || j < b) return;
        const prev = cost[(i - a) * (m + 1) + j - b]!;
        if (prev === Infinity) return;
        let x = 0;
        let y = 0;
        for (let u = i - a; u < i; u++) x += ls[u]!;
        for (let v = j - b; v < j; v++) y += lt[v]!;
        const delta = x + y === 0 ? 0 : (y - x * c) / Math.sqrt(6.8 * (x + y / c) / 2 + 1e-9);
        const p = Math.max(1e-12, normalTail(Math.abs(delta)));
        const total = prev - Math.log(prior) - Math.log(p);
        if (total < best) { best = total; arg = k; }
      });
      cost[i * (m + 1) + j] = best;
      back[i * (m + 1) + j] = arg;
    }
  }
  const links: (SimpleLink & { confidence: number })[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = PRIORS[back[i * (m + 1) + j]!]!;
    const here = cost[i * (m + 1) + j]!;
    const prev = cost[(i - a) * (m + 1) + j - b]!;
    links.push({ source: Array.from({ length: a }, (_, k) => i - a + k), target: Array.from({ length: b }, (_, k) => j - b + k), confidence: Math.exp(-(here - prev) / 10) });
    i -= a;
    j -= b;
  }
  return links.reverse();
}
