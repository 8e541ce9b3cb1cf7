/**
 * Cognate and shared-name evidence. Indonesian borrowed much of its modern
 * vocabulary from Dutch and English and respelled it phonetically
 * (organisasi, stabilitas, teknologi), so both spellings are rewritten to
 * one common orthography and compared by their beginnings.
 */
import type { Lang } from './numbers';

/**
 * English endings rewritten the way Indonesian spells them; the first entry
 * whose ending the word has applies. Each entry lists its endings longest
 * first, so the longest ending it has is the one replaced.
 */
const EN_SUFFIXES: [string[], string][] = [
  [['ications', 'ication'], 'ikasi'],
  [['ations', 'ation'], 'asi'],
  [['ctions', 'ction'], 'ksi'],
  [['tions', 'tion'], 'si'],
  [['sions', 'sion'], 'si'],
  [['ities', 'ity'], 'itas'],
  [['ologies', 'ology'], 'ologi'],
  [['graphy'], 'grafi'],
  [['ically', 'ical', 'ics', 'ic'], 'ik'],
  [['isms', 'ism'], 'isme'],
  [['ists', 'ist'], 'is'],
  [['ary'], 'er'],
  [['ives', 'ive'], 'if'],
  [['ences', 'ence'], 'ensi'],
  [['ances', 'ance'], 'ansi'],
  [['ments', 'ment'], 'men'],
  [['ents', 'ent'], 'en'],
  [['ants', 'ant'], 'an'],
  [['ures', 'ure'], 'ur'],
  [['ous'], 'us'],
];

const VOWEL_FRONT = new Set(['e', 'i', 'y']);

/**
 * Rewrites both languages share, so identical names stay identical:
 * ph→f, th→t, kh→k, ck→k, ch→k, qu→ku, q→k, c→s before e/i/y and k
 * elsewhere, x→ks, z→s, non-initial y→i, doubled letters once.
 * Each output letter depends only on the letters before it and the next
 * one, so the first `limit` letters of the result are built from the
 * word's start and the rest of the word is never read: callers compare
 * short beginnings, and a pasted blob of millions of letters must cost no
 * more than an ordinary word. The result is kept in one short array, not
 * grown as a string, because reading the last letter of a string built by
 * concatenation makes the engine copy (flatten) it each time.
 * One pass over the letters; this runs for every distinct word.
 */
function commonSpelling(word: string, limit: number): string {
  const w = /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
  const out: string[] = [];
  let last = '';
  for (let i = 0; i < w.length && out.length < limit; i++) {
    const c = w[i]!;
    const next = w[i + 1];
    let r: string;
    if ((c === 'p' && next === 'h')) { r = 'f'; i++; }
    else if ((c === 't' || c === 'k') && next === 'h') { r = c; i++; }
    else if (c === 'c' && (next === 'k' || next === 'h')) { r = 'k'; i++; }
    else if (c === 'q') { r = 'k'; if (next === 'u') { r = 'ku'; i++; } }
    else if (c === 'c') r = next !== undefined && VOWEL_FRONT.has(next) ? 's' : 'k';
    else if (c === 'x') r = 'ks';
    else if (c === 'z') r = 's';
    else if (c === 'y' && i > 0) r = 'i';
    else r = c;
    // Indexed, not for-of: this runs before the engine optimizes it, where string iterators allocate.
    for (let k = 0; k < r.length && out.length < limit; k++) {
      if (r[k] !== last) out.push((last = r[k]!));
    }
  }
  return out.join('');
}

/** English endings respelled; the letter rules (c as /s/ or /k/, ch as /k/ in learned words) are shared because names keep their spelling in both languages. */
function englishSpelling(word: string): string {
  // Endings cannot reach the compared prefix of long words.
  if (word.length >= COGNATE_PREFIX + LONGEST_SUFFIX + 2) return word;
  if (word.length <= 5) return word;
  for (let e = 0; e < EN_SUFFIXES.length; e++) {
    const [endings, replacement] = EN_SUFFIXES[e]!;
    for (let k = 0; k < endings.length; k++) {
      const ending = endings[k]!;
      if (word.endsWith(ending)) return word.slice(0, word.length - ending.length) + replacement;
    }
  }
  return word;
}

function indonesianSpelling(word: string): string {
  return word.length > 7 ? word.replace(/nya$/, '') : word;
}

/** The word rewritten to the common orthography used for comparison: its first `limit` letters, or all of it. */
export function normaliseSpelling(word: string, lang: Lang, limit = Infinity): string {
  const lower = word.toLowerCase();
  const specific = lang === 'en' ? englishSpelling(lower) : indonesianSpelling(lower);
  return commonSpelling(specific, limit);
}

const LONGEST_SUFFIX = 8;

/** Words shorter than this are too ambiguous to count as cognates. */
export const MIN_COGNATE_LENGTH = 4;
/** Cognates are matched on this many leading letters of the normalised spelling. */
export const COGNATE_PREFIX = 5;
/**
 * Longer runs of letters are no words of either language but a pasted
 * blob, an address or one key held down: they are never cognates and are
 * not read at all, so what they cost does not grow with their length.
 * The longest words of either language are about half this long.
 */
export const MAX_COGNATE_WORD = 64;

const DIGIT = /\d/;

/** The comparison key of a word, or undefined when the word is too short (or too long). */
export function cognateKey(word: string, lang: Lang): string | undefined {
  if (word.length > MAX_COGNATE_WORD) return undefined;
  // The rewrites neither make nor remove digits, so the word itself tells whether its spelling holds one.
  if (DIGIT.test(word)) return undefined;
  const normal = normaliseSpelling(word, lang, COGNATE_PREFIX);
  // The prefix is shorter than MIN_COGNATE_LENGTH exactly when the whole spelling is.
  if (normal.length < MIN_COGNATE_LENGTH) return undefined;
  return normal;
}

function longestCommonSubsequence(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Spelling similarity in [0, 1] of an Indonesian and an English word:
 * the Dice ratio of the longest common subsequence of the normalised
 * spellings, zeroed when the words do not share their first letters.
 */
export function cognateSimilarity(indonesian: string, english: string): number {
  // The subsequence table grows with the product of the lengths: runs longer than words are not compared.
  if (indonesian.length > MAX_COGNATE_WORD || english.length > MAX_COGNATE_WORD) return 0;
  const a = normaliseSpelling(indonesian, 'id');
  const b = normaliseSpelling(english, 'en');
  if (a.length < MIN_COGNATE_LENGTH || b.length < MIN_COGNATE_LENGTH) return a === b && a.length > 0 ? 1 : 0;
  if (a.slice(0, 3) !== b.slice(0, 3)) return 0;
  return (2 * longestCommonSubsequence(a, b)) / (a.length + b.length);
}

/** Whether two words are likely cognates or the same name. */
export function isCognate(indonesian: string, english: string): boolean {
  return cognateSimilarity(indonesian, english) >= 0.75;
}
