/**
 * The root dictionary that keeps affix analysis honest: a stripped form counts only when the
 * remainder is a known root, so "pasukan" never falls apart into "pasu" + "-kan".
 *
 * Root word list: kata-dasar.json as shipped with the `natural` package (its Sastrawi-derived
 * Indonesian stemmer data, MIT licence). Only the data file is read, not the package.
 */
import kataDasar from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' with { type: 'json' };

/**
 * Lexicalised derivatives that behave as roots of their own in current usage, so that their
 * families stay apart from the root they once came from:
 * pemerintah "government" (not peN- + perintah "order"), penduduk "inhabitant" (not
 * peN- + duduk "sit"), pasukan "troops" (not pasuk + -an).
 */
const LEXICAL_ROOTS = ['pemerintah', 'penduduk', 'pasukan'];

const ROOTS: ReadonlySet<string> = new Set([...(kataDasar as string[]), ...LEXICAL_ROOTS]);

/** Roots from an installed dictionary (hunspell-id's stems, `sejajar dictionary import`), beside the built-in list. */
const installed = new Set<string>();
let installedVersion = 0;

export function addRoots(words: Iterable<string>): void {
  const before = installed.size;
  for (const word of words) installed.add(word);
  if (installed.size !== before) installedVersion++;
}

/** Moves whenever roots are added, so that analyses kept from before are dropped. */
export const rootsVersion = (): number => installedVersion;

export function isRoot(word: string): boolean {
  return ROOTS.has(word) || installed.has(word);
}
