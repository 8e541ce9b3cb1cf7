/**
 * Indonesian derivational prefixes with their sound changes. Each rule proposes the roots a
 * prefixed form could come from; the caller keeps only the proposals found in the dictionary.
 */
export type Prefix = 'meN-' | 'peN-' | 'ber-' | 'ter-' | 'per-' | 'di-' | 'ke-' | 'se-';

interface PrefixRule {
  prefix: Prefix;
  /** The two letters every word taking this rule starts with; rules are looked up by them. */
  head: string;
  pattern: RegExp;
  /** Roots proposed from the part after the prefix (captured as group 1). */
  roots: (rest: string) => string[];
}

const asIs = (rest: string) => [rest];

/** meN- and peN- share their sound changes; only the first syllable differs (me/pe). */
function nasalRules(prefix: 'meN-' | 'peN-', head: 'me' | 'pe'): PrefixRule[] {
  const rule = (tail: string, roots: (rest: string) => string[]): PrefixRule => ({
    prefix,
    head,
    pattern: new RegExp(`^${head}${tail}`),
    roots,
  });
  return [
    // me- before l, r, w, y and nasals: melihat, merasa, menyanyi, memakan (makan).
    rule('([lrwymn].+)$', asIs),
    // mem- before b, f, v, and p kept in loans: membaca, memfitnah, mempunyai.
    rule('m([bfvp].+)$', asIs),
    // mem- + vowel: initial p dropped (memakai from pakai).
    rule('m([aiueo].+)$', (rest) => ['p' + rest]),
    // men- before c, d, j, z, sy and t kept in loans: mencari, mendukung, menjaga, mentransfer.
    rule('n([cdjzt].+)$', asIs),
    // men- + vowel: initial t dropped (menulis from tulis).
    rule('n([aiueo].+)$', (rest) => ['t' + rest]),
    // meny- + vowel: initial s dropped (menyerang from serang).
    rule('ny([aiueo].+)$', (rest) => ['s' + rest]),
    // meng- before g, h, kh and vowels; k dropped before a vowel (mengirim from kirim).
    rule('ng([ghk].+)$', asIs),
    rule('ng([aiueo].+)$', (rest) => [rest, 'k' + rest]),
    // menge- before one-syllable roots: mengebom, pengecat.
    rule('nge(.+)$', asIs),
  ];
}

/** ber-, ter- and per- lose their r before a root starting with r or with a syllable in -er-. */
function rRules(prefix: 'ber-' | 'ter-' | 'per-', head: 'be' | 'te' | 'pe'): PrefixRule[] {
  return [
    { prefix, head, pattern: new RegExp(`^${head}r(.+)$`), roots: asIs },
    { prefix, head, pattern: new RegExp(`^${head}(r.+)$`), roots: asIs },
    { prefix, head, pattern: new RegExp(`^${head}([^aiueo]er.+)$`), roots: asIs },
  ];
}

const RULES: readonly PrefixRule[] = [
  ...nasalRules('meN-', 'me'),
  ...nasalRules('peN-', 'pe'),
  // peN- before other consonants keeps just pe-: petani, pekerja.
  { prefix: 'peN-', head: 'pe', pattern: /^pe([^aiueolrwymn].+)$/, roots: asIs },
  ...rRules('ber-', 'be'),
  ...rRules('ter-', 'te'),
  ...rRules('per-', 'pe'),
  // belajar, pelajar: the one root where ber-/per- become bel-/pel-.
  { prefix: 'ber-', head: 'be', pattern: /^bel(ajar.*)$/, roots: asIs },
  { prefix: 'per-', head: 'pe', pattern: /^pel(ajar.*)$/, roots: asIs },
  { prefix: 'di-', head: 'di', pattern: /^di(.+)$/, roots: asIs },
  { prefix: 'ke-', head: 'ke', pattern: /^ke(.+)$/, roots: asIs },
  { prefix: 'se-', head: 'se', pattern: /^se(.+)$/, roots: asIs },
];

const RULES_BY_HEAD = new Map<string, PrefixRule[]>();
for (const rule of RULES) RULES_BY_HEAD.set(rule.head, [...(RULES_BY_HEAD.get(rule.head) ?? []), rule]);

/** Prefixes that may stand inside another prefix: memperbesar, keberhasilan, diketahui. */
export const INNER_PREFIXES: ReadonlySet<Prefix> = new Set(['per-', 'ber-', 'ter-', 'ke-', 'peN-']);

export interface PrefixSplit {
  prefix: Prefix;
  rest: string;
}

/** Every way the word could start with one prefix; duplicates removed. */
export function prefixSplits(word: string): PrefixSplit[] {
  const splits: PrefixSplit[] = [];
  const seen = new Set<string>();
  for (const rule of RULES_BY_HEAD.get(word.slice(0, 2)) ?? []) {
    const m = rule.pattern.exec(word);
    if (!m) continue;
    for (const rest of rule.roots(m[1]!)) {
      const key = rule.prefix + rest;
      if (seen.has(key)) continue;
      seen.add(key);
      splits.push({ prefix: rule.prefix, rest });
    }
  }
  return splits;
}

