/**
 * Lexical evidence from a bilingual word list: Indonesian words are looked
 * up (after stripping common affixes) and emit the English words they
 * translate to; English words emit themselves (or their stem) when the
 * list knows them, so both sides meet on English keys.
 */
import { LEXICON_TEXT } from './lexicon-data';

export interface Lexicon {
  /** Indonesian word → English translations. */
  readonly forward: ReadonlyMap<string, readonly string[]>;
  /** Every English word some entry translates to. */
  readonly english: ReadonlySet<string>;
}

function addEntry(forward: Map<string, string[]>, english: Set<string>, word: string, translations: readonly string[]): void {
  const list = forward.get(word) ?? [];
  for (const t of translations) {
    const lower = t.toLowerCase();
    if (!list.includes(lower)) list.push(lower);
    english.add(lower);
  }
  forward.set(word, list);
}

export function parseLexicon(text: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const words = line.trim().toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    const [id, ...en] = words;
    entries.set(id!, [...(entries.get(id!) ?? []), ...en]);
  }
  return entries;
}

let builtIn: Map<string, string[]> | undefined;
let builtInLexicon: Lexicon | undefined;

/** The built-in list merged with caller-supplied pairs (e.g. glossary terms). */
export function buildLexicon(extra?: ReadonlyMap<string, readonly string[]>): Lexicon {
  builtIn ??= parseLexicon(LEXICON_TEXT);
  if (!extra || extra.size === 0) builtInLexicon ??= buildFrom(builtIn);
  if (!extra || extra.size === 0) return builtInLexicon!;
  return buildFrom(builtIn, extra);
}

function buildFrom(base: ReadonlyMap<string, readonly string[]>, extra?: ReadonlyMap<string, readonly string[]>): Lexicon {
  const forward = new Map<string, string[]>();
  const english = new Set<string>();
  for (const [word, translations] of base) addEntry(forward, english, word, translations);
  if (extra) {
    for (const [word, translations] of extra) {
      const pieces = translations.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((t) => t.length > 0);
      for (const part of word.toLowerCase().split(/\s+/)) if (part) addEntry(forward, english, part, pieces);
    }
  }
  return { forward, english };
}

const VOWEL = /^[aeiou]/;
const NONE: readonly string[] = [];
const AS_IS: readonly string[] = [''];

/**
 * How the nasal prefixes meN- and peN- change a root's first sound, read
 * backwards: the root of the rest of a word after the prefix. A vowel after
 * mem-, men- and meny- stands for a dropped p, t and s (memakai ← pakai,
 * menulis ← tulis, menyapu ← sapu), never for the vowel itself, so memakan
 * is not read as mem + akan but falls through to me + makan.
 */
function nasalRoots(nasal: 'ng' | 'ny' | 'm' | 'n', rest: string): readonly string[] {
  const vowel = VOWEL.test(rest);
  if (nasal === 'ng') return vowel ? ['', 'k'] : /^[gh]/.test(rest) ? AS_IS : NONE;
  if (nasal === 'ny') return vowel ? ['s'] : NONE;
  if (nasal === 'm') return vowel ? ['p'] : /^[bfvp]/.test(rest) ? AS_IS : NONE;
  return vowel ? ['t'] : /^[dcjzs]/.test(rest) ? AS_IS : NONE;
}

/** Prefixes and the possible roots of what follows them, longest prefix first. */
const PREFIXES: [string, (rest: string) => readonly string[]][] = [
  ['meng', (r) => nasalRoots('ng', r)], ['meny', (r) => nasalRoots('ny', r)], ['mem', (r) => nasalRoots('m', r)], ['men', (r) => nasalRoots('n', r)], ['me', () => AS_IS],
  ['peng', (r) => nasalRoots('ng', r)], ['peny', (r) => nasalRoots('ny', r)], ['pem', (r) => nasalRoots('m', r)], ['pen', (r) => nasalRoots('n', r)], ['per', () => AS_IS], ['pe', () => AS_IS],
  ['ber', () => AS_IS], ['be', () => AS_IS], ['ter', () => AS_IS], ['di', () => AS_IS], ['ke', () => AS_IS], ['se', () => AS_IS],
];
const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i'];

/**
 * The translations of the first known base form of an Indonesian word:
 * the word itself, then with its prefix undone, then without a suffix (or
 * two) and with its prefix undone, most literal first. Candidates are
 * looked up as they are made, so a word found early builds no others.
 */
function stemTranslations(forward: ReadonlyMap<string, readonly string[]>, word: string): readonly string[] | undefined {
  // Indexed loops, not for-of: this runs for every distinct word, mostly before the engine optimizes it.
  const bases = [word];
  for (let x = 0; x < SUFFIXES.length; x++) {
    const suffix = SUFFIXES[x]!;
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) bases.push(word.slice(0, -suffix.length));
  }
  const stripped = bases.length;
  for (let b = 1; b < stripped; b++) {
    const base = bases[b]!;
    for (let x = 0; x < SUFFIXES.length; x++) {
      const suffix = SUFFIXES[x]!;
      if (base.length > suffix.length + 3 && base.endsWith(suffix)) bases.push(base.slice(0, -suffix.length));
    }
  }
  for (let b = 0; b < bases.length; b++) {
    const base = bases[b]!;
    const found = forward.get(base);
    if (found) return found;
    for (let x = 0; x < PREFIXES.length; x++) {
      const [prefix, rootsOf] = PREFIXES[x]!;
      if (base.length <= prefix.length + 2 || !base.startsWith(prefix)) continue;
      const rest = base.slice(prefix.length);
      const restorations = rootsOf(rest);
      for (let y = 0; y < restorations.length; y++) {
        const restored = forward.get(restorations[y]! + rest);
        if (restored) return restored;
      }
    }
  }
  return undefined;
}

/** English translations of an Indonesian word, or undefined when unknown. */
export function translate(lexicon: Lexicon, word: string): readonly string[] | undefined {
  const lower = word.toLowerCase();
  const direct = lexicon.forward.get(lower);
  if (direct) return direct;
  const parts = lower.split('-');
  if (parts.length > 1) {
    // Older spellings hyphenate compounds (kewarga-negaraan for kewarganegaraan); doubled words are no compounds.
    const joined = parts[0] !== parts[1] ? stemTranslations(lexicon.forward, parts.join('')) : undefined;
    if (joined) return joined;
    const first = lexicon.forward.get(parts[0]!) ?? lexicon.forward.get(parts[1]!);
    if (first) return first;
  }
  return stemTranslations(lexicon.forward, parts[0]!);
}

/** The form of an English word the list knows, trying simple inflections. */
export function englishHeadword(lexicon: Lexicon, word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (lexicon.english.has(w)) return w;
  const candidates = [
    w.endsWith('ies') ? `${w.slice(0, -3)}y` : '',
    w.endsWith('es') ? w.slice(0, -2) : '',
    w.endsWith('s') ? w.slice(0, -1) : '',
    w.endsWith('ied') ? `${w.slice(0, -3)}y` : '',
    w.endsWith('ed') ? w.slice(0, -2) : '',
    w.endsWith('ed') ? w.slice(0, -1) : '',
    w.endsWith('ing') ? w.slice(0, -3) : '',
    w.endsWith('ing') ? `${w.slice(0, -3)}e` : '',
    w.endsWith('ly') ? w.slice(0, -2) : '',
  ];
  return candidates.find((c) => c.length > 2 && lexicon.english.has(c));
}
