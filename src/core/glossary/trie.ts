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

interface WalkState<T> {
  node: TrieNode<T>;
  builds: (string | undefined)[];
}

/** Every path through the trie that starts at some token and ends on a node holding values. */
export function walkTokens<T>(root: TrieNode<T>, tokenCount: number, keysOf: (i: number) => TokenKey[]): PathHit<T>[] {
  const hits: PathHit<T>[] = [];
  for (let first = 0; first < tokenCount; first++) {
    let states: WalkState<T>[] = [{ node: root, builds: [] }];
    for (let i = first; i < tokenCount && states.length > 0; i++) {
      const next: WalkState<T>[] = [];
      for (const state of states) {
        for (const { key, build } of keysOf(i)) {
          const child = state.node.children.get(key);
          if (!child) continue;
          const builds = [...state.builds, build];
          if (child.values.length > 0) hits.push({ first, last: i, values: child.values, builds });
          if (child.children.size > 0) next.push({ node: child, builds });
        }
      }
      states = next;
    }
  }
  return hits;
}
