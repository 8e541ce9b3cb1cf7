/**
 * Indonesian word analysis: clitics, full reduplication, prefixes (with meN-/peN- sound
 * changes, up to two deep) and one derivational suffix, accepted only when the remainder is a
 * dictionary root. Among the valid readings the one with fewest affixes wins, then the longest
 * root: "pemerintahan" is pemerintah + -an rather than peN- + perintah + -an.
 */
import { isRoot, rootsVersion } from './dictionary';
import { cliticSplits, reduplicatedHalf } from './clitics';
import { INNER_PREFIXES, prefixSplits, type Prefix } from './prefixes';

export interface WordAnalysis {
  root: string;
  prefixes: string[];
  suffixes: string[];
  clitics: string[];
  reduplicated: boolean;
}

type Derivation = Pick<WordAnalysis, 'root' | 'prefixes' | 'suffixes'>;

const SUFFIXES = ['kan', 'an', 'i'];
const MIN_ROOT_LENGTH = 3;
const MAX_PREFIX_DEPTH = 2;

/** Prefix and suffix pairs Indonesian does not combine (e.g. di-…-an, ke-…-kan). */
const FORBIDDEN_CONFIXES = new Set(['ber-/-i', 'di-/-an', 'ke-/-i', 'ke-/-kan', 'meN-/-an', 'se-/-i', 'se-/-kan', 'ter-/-an']);

/**
 * Words where two readings are both derivable and usage settles on one: pendudukan
 * "occupation" is peN-…-an of duduk, not penduduk "inhabitant" + -an.
 */
const SETTLED: ReadonlyMap<string, Derivation> = new Map<string, Derivation>([
  ['pendudukan', { root: 'duduk', prefixes: ['peN-'], suffixes: ['-an'] }],
]);

function prefixReadings(word: string, depth: number): { root: string; prefixes: Prefix[] }[] {
  const readings: { root: string; prefixes: Prefix[] }[] = [];
  for (const { prefix, rest } of prefixSplits(word)) {
    if (rest.length >= MIN_ROOT_LENGTH && isRoot(rest)) readings.push({ root: rest, prefixes: [prefix] });
    if (depth + 1 >= MAX_PREFIX_DEPTH) continue;
    for (const inner of prefixReadings(rest, depth + 1)) {
      if (inner.prefixes.length !== 1 || !INNER_PREFIXES.has(inner.prefixes[0]!)) continue;
      if (inner.prefixes[0] === prefix) continue;
      readings.push({ root: inner.root, prefixes: [prefix, ...inner.prefixes] });
    }
  }
  return readings;
}

function allowedConfix(prefixes: readonly string[], suffix: string | undefined): boolean {
  return !suffix || prefixes.length === 0 || !FORBIDDEN_CONFIXES.has(`${prefixes[0]}/${suffix}`);
}

function derivations(stem: string): Derivation[] {
  const settled = SETTLED.get(stem);
  if (settled) return [settled];
  if (isRoot(stem)) return [{ root: stem, prefixes: [], suffixes: [] }];
  const found: Derivation[] = [];
  for (const suffix of ['', ...SUFFIXES]) {
    if (suffix && (!stem.endsWith(suffix) || stem.length - suffix.length < MIN_ROOT_LENGTH)) continue;
    const base = stem.slice(0, stem.length - suffix.length);
    const suffixes = suffix ? ['-' + suffix] : [];
    if (suffix && isRoot(base)) found.push({ root: base, prefixes: [], suffixes });
    for (const reading of prefixReadings(base, 0)) {
      if (allowedConfix(reading.prefixes, suffixes[0])) found.push({ ...reading, suffixes });
    }
  }
  return found;
}

function affixCount(a: WordAnalysis): number {
  return a.prefixes.length + a.suffixes.length + a.clitics.length;
}

function better(a: WordAnalysis, b: WordAnalysis): boolean {
  if (affixCount(a) !== affixCount(b)) return affixCount(a) < affixCount(b);
  return a.root.length > b.root.length;
}

/**
 * Analyse one word into root and affixes, or null when no reading ends in a dictionary root.
 * A dictionary word is its own root: "sekolah" is never seko + -lah, "hanya" never ha + -nya.
 */
export function analyseWord(word: string): WordAnalysis | null {
  const lower = word.toLowerCase();
  if (memoVersion !== rootsVersion()) {
    memo.clear();
    memoVersion = rootsVersion();
  }
  const known = memo.get(lower);
  if (known !== undefined) return known;
  const analysis = analyseLower(lower);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, analysis);
  return analysis;
}

/**
 * Analyses are pure functions of the word, and a text repeats its words, so they are kept.
 * The limit bounds memory on huge vocabularies; starting over is cheaper than tracking age.
 */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, WordAnalysis | null>();
let memoVersion = 0;

function analyseLower(lower: string): WordAnalysis | null {
  let best: WordAnalysis | null = null;
  for (const { core, clitics } of cliticSplits(lower)) {
    const half = reduplicatedHalf(core);
    const stem = half ?? core;
    for (const d of derivations(stem)) {
      const candidate: WordAnalysis = Object.freeze({ ...d, clitics, reduplicated: half !== null });
      if (!best || better(candidate, best)) best = candidate;
    }
    if (best && clitics.length === 0 && isRoot(stem)) return best;
  }
  return best;
}

/** How a word was built, e.g. "di- + serang", "ke- + aman + -an", "negara (reduplication)". */
export function describeBuild(a: WordAnalysis): string {
  const root = a.reduplicated ? `${a.root} (reduplication)` : a.root;
  return [...a.prefixes, root, ...a.suffixes, ...a.clitics].join(' + ');
}
