import type { Lang } from './types';

/**
 * How a word written with a final period behaves at a possible sentence end.
 * - `title`: always followed by more of the same sentence (Dr., Jl., e.g.).
 * - `beforeNumber`: introduces a number (No. 5, hlm. 12, Jan. 6); when no
 *   number follows it is treated like any other word.
 * - `rarelyFinal`: usually mid-sentence (S.H., U.S., Inc.), but may close a
 *   sentence; a split happens only before a typical sentence opener.
 * - `often final`: words like dll. and etc. need no entry — the ordinary rule
 *   (split only before an uppercase start) already handles them.
 */
export type AbbreviationKind = 'title' | 'beforeNumber' | 'rarelyFinal';

const SHARED_TITLES = [
  'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'k.h', 'st', 'mt', 'vs', 'cf', 'e.g', 'i.e', 'viz',
];
const ID_TITLES = [
  'jl', 'jln', 'gg', 'kec', 'kab', 'kel', 'prov', 'bpk', 'bp', 'ny', 'nn', 'tn', 'sdr', 'sdri',
  'yth', 'kpd', 'a.n', 'u.p', 'd.a', 's.d', 'u.b', 'c.q', 'jend', 'brig', 'kapt', 'let', 'ust', 'kol',
  // Short forms of words that never end a sentence (misalnya, seperti, dengan, yang, dalam, ...):
  // what follows them, even a name or a quotation, is the same sentence.
  'mis', 'misl', 'spt', 'dgn', 'yg', 'dl', 'dlm', 'jml', 'sbg', 'utk', 'krn', 'tdk', 'pd', 'bhw', 'ttg', 'dp', 'thd',
];
const EN_TITLES = [
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'rev', 'hon', 'gen', 'col', 'lt', 'capt', 'cpt', 'sgt', 'maj',
  'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'det', 'fr',
];

const SHARED_BEFORE_NUMBER = [
  'no', 'nos', 'nr', 'vol', 'p', 'pp', 'fig', 'art', 'ch', 'sec', 'ca', 'approx', 'tel', 'telp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const ID_BEFORE_NUMBER = ['hlm', 'hal', 'ps', 'pk', 'tgl', 'thn', 'rp', 'agu', 'agt', 'okt', 'des', 'peb'];
const EN_BEFORE_NUMBER = ['pg', 'para', 'ed', 'est'];

/**
 * Indonesian short forms of the official spelling guide (EYD/PUEBI: dkk., sda., ttd., ybs., sbb.)
 * and tsb. (tersebut) that close a sentence now and then but mostly stand mid-sentence, often
 * before a name ("perusahaan tsb. PT Maju", "Hasan dkk. (2019)"). dll., dsb. and dst. close
 * sentences often and keep the ordinary rule.
 */
const ID_RARELY_FINAL = ['tsb', 'dkk', 'sda', 'ttd', 'ybs', 'sbb'];

const SHARED_RARELY_FINAL = [
  'u.s', 'u.k', 'u.n', 'u.s.a', 'a.m', 'p.m', 'inc', 'ltd', 'corp', 'co', 'bros', 'jr', 'sr', 'tbk',
  'ph.d', 'm.a', 'b.a', 'm.sc', 'b.sc', 'm.d', 'lc',
  's.h', 'm.h', 's.e', 'm.m', 's.t', 'm.t', 's.si', 'm.si', 's.pd', 'm.pd', 's.kom', 'm.kom',
  's.sos', 's.ag', 's.ip', 'm.hum', 's.hum', 's.psi', 's.ked', 'sp.a', 'sp.pd', 'm.kes', 's.farm',
];

const EN_RARELY_FINAL = ['ave', 'blvd', 'rd', 'esq'];

type AbbreviationTable = ReadonlyMap<string, AbbreviationKind>;

function buildTable(groups: Array<[AbbreviationKind, string[]]>): AbbreviationTable {
  const table = new Map<string, AbbreviationKind>();
  for (const [kind, words] of groups) {
    for (const word of words) table.set(word, kind);
  }
  return table;
}

const TABLES: Record<Lang, AbbreviationTable> = {
  id: buildTable([
    ['beforeNumber', [...SHARED_BEFORE_NUMBER, ...ID_BEFORE_NUMBER]],
    ['rarelyFinal', [...SHARED_RARELY_FINAL, ...ID_RARELY_FINAL]],
    ['title', [...SHARED_TITLES, ...ID_TITLES]],
  ]),
  en: buildTable([
    ['beforeNumber', [...SHARED_BEFORE_NUMBER, ...EN_BEFORE_NUMBER]],
    ['rarelyFinal', [...SHARED_RARELY_FINAL, ...EN_RARELY_FINAL]],
    ['title', [...SHARED_TITLES, ...EN_TITLES]],
  ]),
};

/**
 * Short letter groups joined by periods (B.J, S.Pd, Ph.D) are initials or
 * degrees even when the table does not list them.
 */
const DOTTED_LETTERS = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** `word` is the text before the final period, without quotes or brackets around it. */
export function abbreviationKind(word: string, lang: Lang): AbbreviationKind | undefined {
  const listed = TABLES[lang].get(word.toLowerCase());
  if (listed) return listed;
  if (word.length > 24) return undefined;
  // One code point is at most two UTF-16 units, and dotted letters hold a period: most words skip both tests.
  if ((word.length <= 2 && SINGLE_CAPITAL.test(word)) || (word.includes('.') && DOTTED_LETTERS.test(word))) return 'rarelyFinal';
  return undefined;
}
