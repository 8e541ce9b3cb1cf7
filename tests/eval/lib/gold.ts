/** Gold links at paragraph and sentence level, derived from recorded sentence origins. */
import type { GoldDocument } from './corpus';

export interface SimpleLink { source: number[]; target: number[] }

/** Connected components of a bipartite relation, as links in document order. */
export function componentsToLinks(n: number, m: number, edges: readonly [number, number][]): SimpleLink[] {
  const parent = Array.from({ length: n + m }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; }
    return x;
  };
  for (const [s, t] of edges) parent[find(s)] = find(n + t);
  const groups = new Map<number, SimpleLink>();
  for (let x = 0; x < n + m; x++) {
    const root = find(x);
    let link = groups.get(root);
    if (!link) { link = { source: [], target: [] }; groups.set(root, link); }
    if (x < n) link.source.push(x);
    else link.target.push(x - n);
  }
  const key = (l: SimpleLink) => (l.source.length > 0 ? l.source[0]! : -1) * 1e7 + (l.target.length > 0 ? l.target[0]! : -1);
  return [...groups.values()].sort((a, b) => {
    if (a.source.length && b.source.length) return a.source[0]! - b.source[0]!;
    if (a.target.length && b.target.length) return a.target[0]! - b.target[0]!;
    return key(a) - key(b);
  });
}

export interface Gold { paragraphs: SimpleLink[]; sentences: SimpleLink[] }

export function goldLinks(doc: GoldDocument): Gold {
  const sentenceParagraph: number[] = [];
  doc.source.forEach((p, k) => p.forEach(() => sentenceParagraph.push(k)));
  const sentenceEdges: [number, number][] = [];
  const paragraphEdges: [number, number][] = [];
  let t = 0;
  doc.target.forEach((paragraph, q) => {
    for (const s of paragraph) {
      for (const o of s.origins) {
        sentenceEdges.push([o, t]);
        paragraphEdges.push([sentenceParagraph[o]!, q]);
      }
      t++;
    }
  });
  return {
    paragraphs: componentsToLinks(doc.source.length, doc.target.length, paragraphEdges),
    sentences: componentsToLinks(sentenceParagraph.length, t, sentenceEdges),
  };
}

export function targetTexts(doc: GoldDocument): string[][] {
  return doc.target.map((p) => p.map((s) => s.text));
}
