/**
 * A trie over token keys: each edge is one normalised word, so a multi-word term is a path and
 * all terms are found in one left-to-right walk whose cost does not grow with the number of terms.
 */
export interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

export function createNode<T>(): TrieNode<T> {
  return { children: new Map(), values: [] };
}

export function insertPath<T>(root: TrieNode<T>, keys: readonly string[], value: T): void {
  let node = root;
  for (const key of keys) {
    let child = node.children.get(key);
    if (!child) {
      child = createNode<T>();
      node.children.set(key, child);
    }
    node = child;
  }
  node.values.push(value);
}

/** One way a text token can be read: the trie key and, if the form differs, how it was built. */
export interface TokenKey {
  key: string;
  build?: string;
}

export interface PathHit<T> {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  values: T[];
  /** The build of each token along the path (undefined where the word is as written). */
  builds: (string | undefined)[];
}

type KeysOf = (i: number) => TokenKey[];

function extend<T>(node: TrieNode<T>, hit: Omit<PathHit<T>, 'values'>, count: number, keysOf: KeysOf, hits: PathHit<T>[]): void {
  if (node.values.length > 0) hits.push({ ...hit, values: node.values });
  const next = hit.last + 1;
  if (node.children.size === 0 || next >= count) return;
  for (const { key, build } of keysOf(next)) {
    const child = node.children.get(key);
    if (child) extend(child, { first: hit.first, last: next, builds: [...hit.builds, build] }, count, keysOf, hits);
  }
}

/**
 * Every path through the trie that starts at some token and ends on a node holding values.
 * Most tokens fail at the first lookup, so nothing is allocated for them.
 */
export function walkTokens<T>(root: TrieNode<T>, tokenCount: number, keysOf: KeysOf): PathHit<T>[] {
  const hits: PathHit<T>[] = [];
  for (let first = 0; first < tokenCount; first++) {
    for (const { key, build } of keysOf(first)) {
      const child = root.children.get(key);
      if (child) extend(child, { first, last: first, builds: [build] }, tokenCount, keysOf, hits);
    }
  }
  return hits;
}
