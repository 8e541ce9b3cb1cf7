/**
 * Trie keys for words, one namespace per way of matching:
 *   f: forms, case-insensitive    c: forms, exact case    d: derived root (case-insensitive)
 *   e: English, case-insensitive  E: English, exact case
 * A term word gets one key per namespace it uses; a text word gets every key it could stand for.
 */
import { analyseWord, describeBuild } from './morphology/analyse';
import { cliticSplits, reduplicatedHalf } from './morphology/clitics';
import { isRoot } from './morphology/dictionary';
import { glossaryWordForms, isIrregularForm, visitCompoundHeads, visitEnglishBases } from './english';
import type { TokenKey } from './trie';
import { mayHaveDerivedRoot, type Vocabulary } from './vocabulary';
import type { GlossaryTerm } from './types';

const MIN_CORE = 3;

/**
 * The word as written plus the forms with clitics and reduplication removed. Letters of a
 * dictionary word are never taken as clitics ("sekolah", "hanya", "apakah" stay whole).
 */
export function formVariants(word: string): TokenKey[] {
  const variants: TokenKey[] = [{ key: word }];
  const half = reduplicatedHalf(word);
  if (half) variants.push({ key: half, build: `${half} (reduplication)` });
  if (isRoot(word.toLowerCase())) return variants;
  for (const { core, clitics } of cliticSplits(word).slice(1)) {
    if (core.length < MIN_CORE && !isRoot(core.toLowerCase())) continue;
    const coreHalf = reduplicatedHalf(core);
    const base = coreHalf ?? core;
    const shown = coreHalf ? `${coreHalf} (reduplication)` : core;
    variants.push({ key: base, build: [shown, ...clitics].join(' + ') });
  }
  return variants;
}

/** Words that end like a clitic; only they are worth splitting. */
const CLITIC_END = /(?:nya|ku|mu|lah|kah|pun|tah)$/i;
const NO_KEYS: readonly TokenKey[] = Object.freeze([]);

/**
 * Whether any core the word's clitics or reduplication could leave is in the glossary: every
 * variant formVariants builds is one of these cores or the half of one, so a word failing
 * this check has no variant worth building.
 */
function mayHaveKnownVariant(word: string, hyphen: boolean, known: ReadonlySet<string>): boolean {
  if (hyphen && coreKnown(word, word, known)) return true;
  const lower = word.toLowerCase();
  for (const particle of PARTICLE_ENDINGS) {
    if (!lower.endsWith(particle) || lower.length <= particle.length) continue;
    const core = withoutEnding(word, particle.length);
    if (coreKnown(core, word, known) || possessiveCoreKnown(core, word, known)) return true;
  }
  return possessiveCoreKnown(word, word, known);
}

const PARTICLE_ENDINGS = ['lah', 'kah', 'pun', 'tah'];
const POSSESSIVE_ENDINGS = ['nya', 'ku', 'mu'];

/** The word without its last n letters and a hyphen before them (CSTO-nya). */
function withoutEnding(word: string, n: number): string {
  const core = word.slice(0, word.length - n);
  return core.endsWith('-') ? core.slice(0, -1) : core;
}

function coreKnown(core: string, word: string, known: ReadonlySet<string>): boolean {
  if (core !== word && known.has(core)) return true;
  const half = reduplicatedHalf(core);
  return half !== null && known.has(half);
}

function possessiveCoreKnown(base: string, word: string, known: ReadonlySet<string>): boolean {
  const lower = base.toLowerCase();
  for (const possessive of POSSESSIVE_ENDINGS) {
    if (lower.endsWith(possessive) && lower.length > possessive.length) return coreKnown(withoutEnding(base, possessive.length), word, known);
  }
  return false;
}

/** The form variants of the word that the glossary knows, under namespace ns. */
function pushForms(keys: TokenKey[], ns: string, word: string, known: ReadonlySet<string>): void {
  if (known.size === 0) return;
  if (known.has(word)) keys.push({ key: ns + word });
  const hyphen = word.includes('-') || word.includes('‐');
  if (!hyphen && !CLITIC_END.test(word)) return;
  if (!mayHaveKnownVariant(word, hyphen, known)) return;
  for (const variant of formVariants(word).slice(1)) if (known.has(variant.key)) keys.push({ key: ns + variant.key, build: variant.build });
}

function pushDerived(keys: TokenKey[], lower: string, vocabulary: Vocabulary): void {
  if (vocabulary.derived.size === 0 || !mayHaveDerivedRoot(lower, vocabulary)) return;
  const analysis = analyseWord(lower);
  if (!analysis) return pushForms(keys, 'd:', lower, vocabulary.derived);
  if (!vocabulary.derived.has(analysis.root)) return;
  keys.push({ key: 'd:' + analysis.root, build: analysis.root === lower ? undefined : describeBuild(analysis) });
}

/**
 * Every key an Indonesian text word could match in this glossary. Keys the glossary does not
 * hold are never built, and a word is analysed only when it contains one of the glossary's
 * derived roots (or its meN-/peN- trace), so most words cost a few set look-ups.
 */
export function sourceTokenKeys(word: string, vocabulary: Vocabulary): readonly TokenKey[] {
  const lower = word.toLowerCase();
  const keys: TokenKey[] = [];
  pushForms(keys, 'f:', lower, vocabulary.forms);
  pushForms(keys, 'c:', word, vocabulary.exact);
  pushDerived(keys, lower, vocabulary);
  return keys.length > 0 ? keys : NO_KEYS;
}

/** The key of one word of a term's Indonesian side. Case-sensitive terms always match by form. */
export function sourceTermKey(word: string, term: Pick<GlossaryTerm, 'mode' | 'caseSensitive'>): string {
  if (term.caseSensitive) return 'c:' + word;
  const lower = word.toLowerCase();
  if (term.mode === 'forms') return 'f:' + lower;
  return 'd:' + (analyseWord(lower)?.root ?? lower);
}

/** Only words with these endings, and irregular forms, have base forms other than themselves (see englishBases). */
const INFLECTED = /(?:s|ed|ing|er|['’]s|s['’])$/i;

/**
 * The keys of the word's base forms and, where compounds count, of the heads of the compounds
 * those forms are (Filenames → filename → file). Exact-case equivalents are names and acronyms,
 * which form no compounds.
 */
function pushEnglish(keys: TokenKey[], ns: string, word: string, known: ReadonlySet<string>, compounds: boolean): void {
  if (known.size === 0) return;
  const push = (base: string) => {
    if (!known.has(base)) return;
    const key = ns + base;
    if (!keys.some((k) => k.key === key)) keys.push({ key });
  };
  const visit = compounds
    ? (base: string) => {
        push(base);
        visitCompoundHeads(base, (head) => known.has(head), push);
      }
    : push;
  if (INFLECTED.test(word) || isIrregularForm(word.toLowerCase())) visitEnglishBases(word, visit);
  else visit(word);
}

/** Every key an English text word could match in this glossary. */
export function targetTokenKeys(word: string, vocabulary: Vocabulary): readonly TokenKey[] {
  const keys: TokenKey[] = [];
  pushEnglish(keys, 'e:', word.toLowerCase(), vocabulary.english, true);
  pushEnglish(keys, 'E:', word, vocabulary.englishExact, false);
  return keys.length > 0 ? keys : NO_KEYS;
}

/** The alternative keys of one word of an English equivalent. */
export function targetTermKeys(word: string, caseSensitive: boolean): string[] {
  if (caseSensitive) return glossaryWordForms(word).map((w) => 'E:' + w);
  return glossaryWordForms(word.toLowerCase()).map((w) => 'e:' + w);
}
