/**
 * Translation checks: pure functions over a document's sentence links. Each looks at one link
 * (numbers, punctuation, doubled words, untranslated text, glossary) or at the whole document
 * (length-ratio outliers against the document's own ratio, inconsistent translation against the
 * library's pairs), and each can be switched off.
 */
import { checkDoubled } from './doubled';
import { checkGlossary, type GlossaryCheck } from './glossary';
import { checkInconsistent, type LibraryPair } from './inconsistent';
import { checkLengthRatios } from './length-ratio';
import { checkNumbers } from './numbers';
import { checkPunctuation } from './punctuation';
import { CHECK_IDS, type CheckId, type CheckPair, type Finding } from './types';
import { checkUntranslated } from './untranslated';

export { CHECK_IDS, isCheckId, type CheckId, type CheckPair, type Finding } from './types';
export type { GlossaryCheck } from './glossary';
export type { LibraryPair } from './inconsistent';

export interface CheckContext {
  /** The checks switched on; the rest are not run. */
  enabled: ReadonlySet<CheckId>;
  glossary: GlossaryCheck | null;
  /** One-to-one pairs of the library's other documents whose Indonesian also occurs in this one. */
  library: readonly LibraryPair[];
}

const PER_LINK: [CheckId, (pair: CheckPair, ctx: CheckContext) => Finding | null][] = [
  ['numbers', checkNumbers],
  ['punctuation', checkPunctuation],
  ['doubled', checkDoubled],
  ['untranslated', checkUntranslated],
  ['glossary', (pair, ctx) => (ctx.glossary ? checkGlossary(pair, ctx.glossary) : null)],
];

/** Every finding of the enabled checks, per link in link order, the document-wide checks after. */
export function runChecks(pairs: readonly CheckPair[], ctx: CheckContext): Finding[] {
  const perLink = PER_LINK.filter(([id]) => ctx.enabled.has(id));
  const out: Finding[] = [];
  for (const pair of pairs) {
    for (const [, check] of perLink) {
      const finding = check(pair, ctx);
      if (finding) out.push(finding);
    }
  }
  if (ctx.enabled.has('length')) out.push(...checkLengthRatios(pairs));
  if (ctx.enabled.has('inconsistent')) out.push(...checkInconsistent(pairs, ctx.library));
  return out;
}

export const allChecks = (): Set<CheckId> => new Set(CHECK_IDS);
