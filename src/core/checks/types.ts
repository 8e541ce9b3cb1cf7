/**
 * The vocabulary of the translation checks: what a check looks at (one sentence link's texts)
 * and what it reports (a finding on that link, with the values its message needs).
 */

/** Every check, in the order the check list shows them. */
export const CHECK_IDS = ['numbers', 'punctuation', 'doubled', 'untranslated', 'length', 'glossary', 'inconsistent'] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const isCheckId = (value: unknown): value is CheckId => typeof value === 'string' && (CHECK_IDS as readonly string[]).includes(value);

/** One sentence link as the checks read it: its Indonesian and English sentences, in order. */
export interface CheckPair {
  /** The link's 0-based index in the document. */
  link: number;
  source: readonly string[];
  target: readonly string[];
}

/** What one check found wrong with one link; `params` fill the check's message. */
export interface Finding {
  check: CheckId;
  link: number;
  params: Record<string, string | number>;
}

/** Both sides hold text: the checks of a translation leave omissions and additions to the alignment. */
export const isTranslated = (pair: CheckPair): boolean => pair.source.length > 0 && pair.target.some((t) => t.trim() !== '');
