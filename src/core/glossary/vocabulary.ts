/**
 * The words a compiled glossary can match, per key namespace, so that a text word is read only
 * into the keys that can lead somewhere. Most words of a text are in no glossary term; for them
 * matching should cost a few set look-ups, not a morphological analysis.
 */

/** Many strings, one question: does any of them occur inside a word? A character trie walked from each position. */
export class SubstringIndex {
  private readonly root = new Map<number, Node>();
  private empty = false;

  add(text: string): void {
    if (text === '') {
      this.empty = true;
      return;
    }
    let children = this.root;
    let node: Node | undefined;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      node = children.get(code);
      if (!node) children.set(code, (node = { end: false, children: new Map() }));
      children = node.children;
    }
    node!.end = true;
  }

  /** Whether an indexed string occurs in the word and, if given, accept(end) holds for where it ends. */
  foundIn(word: string, accept?: (end: number) => boolean): boolean {
    if (this.empty) return true;
    for (let start = 0; start < word.length; start++) {
      let children = this.root;
      for (let i = start; i < word.length; i++) {
        const node = children.get(word.charCodeAt(i));
        if (!node) break;
        if (node.end && (!accept || accept(i + 1))) return true;
        children = node.children;
      }
    }
    return false;
  }
}

interface Node {
  end: boolean;
  children: Map<number, Node>;
}

export interface Vocabulary {
  /** Raw keys (without namespace) per namespace: f, c, d, e, E (see keys.ts). */
  forms: Set<string>;
  exact: Set<string>;
  derived: Set<string>;
  english: Set<string>;
  englishExact: Set<string>;
  /** Strings one of which every word with a derived-root key contains (see rootSignatures). */
  derivedSignatures: SubstringIndex;
}

export function emptyVocabulary(): Vocabulary {
  return { forms: new Set(), exact: new Set(), derived: new Set(), english: new Set(), englishExact: new Set(), derivedSignatures: new SubstringIndex() };
}

const NAMESPACES: Record<string, Exclude<keyof Vocabulary, 'derivedSignatures'>> = {
  f: 'forms',
  c: 'exact',
  d: 'derived',
  e: 'english',
  E: 'englishExact',
};

/** Sound changes of meN-/peN- before a root's first letter: pakai → memakai, tulis → menulis, serang → menyerang, kirim → mengirim. */
const NASAL_TRACE: Record<string, string> = { p: 'm', t: 'n', s: 'y', k: 'g' };

/**
 * A word analysed to a root always contains the root, or the root with its first letter turned
 * into the trace of a meN-/peN- prefix (memakai holds "makai" for pakai): affixes are only added
 * around it, clitics and reduplication only repeat or extend it.
 */
export function rootSignatures(root: string): string[] {
  const trace = NASAL_TRACE[root[0] ?? ''];
  return trace ? [root, trace + root.slice(1)] : [root];
}

const SUFFIXES = ['', 'kan', 'an', 'i'];
const POSSESSIVES = ['', 'nya', 'ku', 'mu'];
const PARTICLES = ['', 'lah', 'kah', 'pun', 'tah'];

/** What may follow a root in a word without hyphens: one derivational suffix, then a possessive, then a particle. */
const ROOT_ENDINGS: ReadonlySet<string> = new Set(SUFFIXES.flatMap((s) => POSSESSIVES.flatMap((p) => PARTICLES.map((q) => s + p + q))));
const LONGEST_ROOT_ENDING = Math.max(...[...ROOT_ENDINGS].map((e) => e.length));

/**
 * Whether the word may be built on one of the glossary's derived roots: it contains a signature
 * of one, followed by nothing but a suffix and clitics. Words with hyphens (reduplication,
 * CSTO-nya) are only held to containing a signature.
 */
export function mayHaveDerivedRoot(lower: string, vocabulary: Vocabulary): boolean {
  if (lower.includes('-') || lower.includes('‐')) return vocabulary.derivedSignatures.foundIn(lower);
  // Only a short rest can be an ending: a long one is never cut out, so a long word costs one look-up per signature found.
  return vocabulary.derivedSignatures.foundIn(lower, (end) => lower.length - end <= LONGEST_ROOT_ENDING && ROOT_ENDINGS.has(lower.slice(end)));
}

export function addKey(vocabulary: Vocabulary, key: string): void {
  const namespace = NAMESPACES[key[0]!];
  if (!namespace) throw new Error(`unknown key namespace in "${key}"`);
  const raw = key.slice(2);
  vocabulary[namespace].add(raw);
  if (namespace === 'derived') for (const signature of rootSignatures(raw)) vocabulary.derivedSignatures.add(signature);
}
