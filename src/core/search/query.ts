/**
 * Search syntax, parsed once and written out for either full-text engine:
 *
 *   serang kota        both words (any order); Indonesian by root, English by stem
 *   "pasukan perdamaian"  the words in this order
 *   serang*            words beginning so (Indonesian: roots beginning so)
 *   -rusia             without this word (at least one word must be wanted)
 *
 * Every token is letters, marks and digits only, so nothing a user types reaches the
 * engines' own syntax: quotes and operators are written here, never copied.
 */
import { SearchError } from './errors';
import type { Lang } from '../model';
import { englishIndexForm, indonesianRoot, plainTokens } from './words';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 10;

export interface QueryTerm {
  /** The word forms to find in this order: Indonesian roots, or English words (SQLite's engine stems them; toTsquery here). */
  tokens: string[];
  negated: boolean;
  prefix: boolean;
  /** As the user typed it, for highlighting. */
  words: string[];
}

/** A search as each full-text engine reads it: an FTS5 MATCH expression and to_tsquery input. */
export interface EngineQuery {
  fts5: string;
  tsquery: string;
}

export function engineQuery(query: SearchQuery): EngineQuery {
  return { fts5: toFts5(query), tsquery: toTsquery(query) };
}

export interface SearchQuery {
  lang: Lang;
  terms: QueryTerm[];
}

const PIECE = /(-?)"([^"]*)"?|(-?)(\S+)/gu;

export function parseQuery(raw: string, lang: Lang): SearchQuery {
  const text = raw.trim();
  if (text.length === 0) throw new SearchError('empty', 'Type something to search for.');
  if (text.length > MAX_QUERY_LENGTH) {
    throw new SearchError('too_long', `A search is at most ${MAX_QUERY_LENGTH} characters.`, { max: MAX_QUERY_LENGTH });
  }
  const terms: QueryTerm[] = [];
  for (const m of text.matchAll(PIECE)) {
    const quoted = m[2] !== undefined;
    const negated = (quoted ? m[1] : m[3]) === '-';
    const body = quoted ? m[2]! : m[4]!;
    const prefix = !quoted && body.endsWith('*');
    const words = plainWords(prefix ? body.slice(0, -1) : body);
    if (words.length === 0) continue;
    terms.push({ tokens: tokensOf(words, lang, prefix), negated, prefix, words });
  }
  if (terms.length > MAX_QUERY_TERMS) {
    throw new SearchError('too_many_terms', `A search has at most ${MAX_QUERY_TERMS} words or phrases.`, { max: MAX_QUERY_TERMS });
  }
  if (!terms.some((t) => !t.negated)) {
    throw new SearchError('only_excluded', 'Name at least one word to find, not only words to leave out.');
  }
  return { lang, terms };
}

/** Words as the scanner reads them (Indonesian keeps hyphenated reduplication whole). */
function plainWords(body: string): string[] {
  return body.match(/[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

function tokensOf(words: string[], lang: Lang, prefix: boolean): string[] {
  // A prefix is compared with roots as typed: "serang*" is not itself reduced to a root.
  const forms = lang === 'id' && !prefix ? words.map(indonesianRoot) : words;
  return forms.flatMap(plainTokens);
}

/** The query as an SQLite FTS5 MATCH expression over the roots or English text. */
export function toFts5(query: SearchQuery): string {
  const phrase = (t: QueryTerm) => `"${t.tokens.join(' ')}"${t.prefix ? '*' : ''}`;
  const wanted = query.terms.filter((t) => !t.negated).map(phrase).join(' AND ');
  const unwanted = query.terms.filter((t) => t.negated).map((t) => ` NOT ${phrase(t)}`).join('');
  return unwanted ? `(${wanted})${unwanted}` : wanted;
}

/**
 * The query as PostgreSQL to_tsquery input for the 'simple' configuration over the `roots` column:
 * Indonesian roots, English stems without stop words (words.ts), as the column holds them. A term of
 * stop words alone is left out, as PostgreSQL's 'english' configuration leaves it out; a search left
 * with no wanted word is empty, which matches nothing.
 */
export function toTsquery(query: SearchQuery): string {
  const forms = (t: QueryTerm) => (query.lang === 'en' ? t.tokens.flatMap((token) => englishIndexForm(token) || []) : t.tokens);
  const terms = query.terms.map((t) => ({ term: t, forms: forms(t) })).filter((t) => t.forms.length > 0);
  if (!terms.some((t) => !t.term.negated)) return '';
  const phrase = ({ term, forms }: (typeof terms)[number]) => {
    const body = forms.join(' <-> ') + (term.prefix ? ':*' : '');
    return term.negated ? `!(${body})` : `(${body})`;
  };
  return terms.map(phrase).join(' & ');
}
