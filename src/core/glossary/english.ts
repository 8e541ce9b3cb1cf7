/**
 * Regular English inflection for matching glossary equivalents: a text word proposes the base
 * forms it could be an inflection of (troops → troop, cities → city, stopped → stop,
 * attacking → attack), and a glossary word written in the plural also stands for its singular.
 */
const MIN_BASE = 2;
const DOUBLED = /([bcdfgklmnprstvz])\1$/;

type Visit = (base: string) => void;

function add(out: Visit, base: string): void {
  if (base.length >= MIN_BASE) out(base);
}

function pluralBases(word: string, out: Visit): void {
  if (word.endsWith('ies') && word.length > 4) add(out, word.slice(0, -3) + 'y');
  if (word.endsWith('es')) add(out, word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(out, word.slice(0, -1));
}

function pastBases(word: string, out: Visit): void {
  if (!word.endsWith('ed')) return;
  if (word.endsWith('ied')) add(out, word.slice(0, -3) + 'y');
  const stem = word.slice(0, -2);
  add(out, stem);
  add(out, word.slice(0, -1));
  if (DOUBLED.test(stem)) add(out, stem.slice(0, -1));
}

function progressiveBases(word: string, out: Visit): void {
  if (!word.endsWith('ing') || word.length < 5) return;
  const stem = word.slice(0, -3);
  add(out, stem);
  add(out, stem + 'e');
  if (DOUBLED.test(stem)) add(out, stem.slice(0, -1));
}

const APOSTROPHES = "'’";

/** Russia's → Russia, states' → states; other words unchanged. */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n >= 2 && APOSTROPHES.includes(word[n - 1]!) && (word[n - 2] === 's' || word[n - 2] === 'S')) return word.slice(0, -1);
  if (n >= 3 && APOSTROPHES.includes(word[n - 2]!) && (word[n - 1] === 's' || word[n - 1] === 'S')) return word.slice(0, -2);
  return word;
}

/** Calls visit with the word itself and every base form it may inflect (case kept; a base may come twice). */
export function visitEnglishBases(word: string, visit: Visit): void {
  visit(word);
  const bare = withoutPossessive(word);
  if (bare !== word) visit(bare);
  pluralBases(bare, visit);
  pastBases(bare, visit);
  progressiveBases(bare, visit);
}

/** The word itself and every base form it may inflect (case kept as given). */
export function englishBases(word: string): string[] {
  const out = new Set<string>();
  visitEnglishBases(word, (base) => out.add(base));
  return [...out];
}

/**
 * A glossary word and, when it looks plural, its singular. Singulars shorter than four letters
 * are not proposed so that "news" does not turn into "new" nor "arms" into "arm".
 */
export function glossaryWordForms(word: string): string[] {
  const forms = [word];
  let singular: string | null = null;
  if (/ies$/i.test(word)) singular = word.slice(0, -3) + 'y';
  else if (/(ss|x|z|ch|sh)es$/i.test(word)) singular = word.slice(0, -2);
  else if (/[^su]s$/i.test(word) && !/ss$/i.test(word)) singular = word.slice(0, -1);
  if (singular && singular.length >= 4) forms.push(singular);
  return forms;
}
