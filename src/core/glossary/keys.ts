/**
 * Trie keys for words, one namespace per way of matching:
 *   f: forms, case-insensitive    c: forms, exact case    d: derived root (case-insensitive)
 *   e: English, case-insensitive  E: English, exact case
 * A term word gets one key per namespace it uses; a text word gets every key it could stand for.
 */
import { analyseWord, describeBuild } from './morphology/analyse';
import { cliticSplits, reduplicatedHalf } from './morphology/clitics';
import { isRoot } from './morphology/dictionary';
import { englishBases, glossaryWordForms } from './english';
import type { TokenKey } from './trie';
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

export interface KeyNeeds {
  forms: boolean;
  exact: boolean;
  derived: boolean;
}

function prefixed(ns: string, keys: TokenKey[]): TokenKey[] {
  return keys.map((k) => ({ key: ns + k.key, build: k.build }));
}

function derivedKeys(lower: string): TokenKey[] {
  const analysis = analyseWord(lower);
  if (!analysis) return prefixed('d:', formVariants(lower));
  const build = analysis.root === lower ? undefined : describeBuild(analysis);
  return [{ key: 'd:' + analysis.root, build }];
}

/** Every key an Indonesian text word could match under the namespaces the glossary uses. */
export function sourceTokenKeys(word: string, needs: KeyNeeds): TokenKey[] {
  const lower = word.toLowerCase();
  const keys: TokenKey[] = [];
  if (needs.forms) keys.push(...prefixed('f:', formVariants(lower)));
  if (needs.exact) keys.push(...prefixed('c:', formVariants(word)));
  if (needs.derived) keys.push(...derivedKeys(lower));
  return keys;
}

/** The key of one word of a term's Indonesian side. Case-sensitive terms always match by form. */
export function sourceTermKey(word: string, term: Pick<GlossaryTerm, 'mode' | 'caseSensitive'>): string {
  if (term.caseSensitive) return 'c:' + word;
  const lower = word.toLowerCase();
  if (term.mode === 'forms') return 'f:' + lower;
  return 'd:' + (analyseWord(lower)?.root ?? lower);
}

/** Every key an English text word could match. */
export function targetTokenKeys(word: string, needs: Pick<KeyNeeds, 'exact'>): TokenKey[] {
  const keys = englishBases(word.toLowerCase()).map((b) => ({ key: 'e:' + b }));
  if (needs.exact) keys.push(...englishBases(word).map((b) => ({ key: 'E:' + b })));
  return keys;
}

/** The alternative keys of one word of an English equivalent. */
export function targetTermKeys(word: string, caseSensitive: boolean): string[] {
  if (caseSensitive) return glossaryWordForms(word).map((w) => 'E:' + w);
  return glossaryWordForms(word.toLowerCase()).map((w) => 'e:' + w);
}
