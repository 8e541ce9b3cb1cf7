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
export { isComparable, type LibraryPair } from './inconsistent';

/** What the per-link checks found for one pair of texts, wherever the pair stands. */
export type LinkFindings = Omit<Finding, 'link'>[];

export interface CheckContext {
  /** The checks switched on; the rest are not run. */
  enabled: ReadonlySet<CheckId>;
  glossary: GlossaryCheck | null;
  /** One-to-one pairs of the library's other documents whose Indonesian also occurs in this one. */
  library: readonly LibraryPair[];
  /**
   * Per-link findings by the pair's texts, kept by the caller between runs over the same glossary:
   * a link whose texts did not change is not checked again. Holds every per-link check's findings.
   */
  memo?: Map<string, LinkFindings>;
}

const PER_LINK: [CheckId, (pair: CheckPair, ctx: CheckContext) => Finding | null][] = [
  ['numbers', checkNumbers],
  ['punctuation', checkPunctuation],
  ['doubled', checkDoubled],
  ['untranslated', checkUntranslated],
  ['glossary', (pair, ctx) => (ctx.glossary ? checkGlossary(pair, ctx.glossary) : null)],
];

/** Past this many remembered pairs the memo starts again: it is a cache, not a copy of the library. */
const MEMO_LIMIT = 200_000;

function linkFindings(pair: CheckPair, checks: typeof PER_LINK, ctx: CheckContext): LinkFindings {
  const out: LinkFindings = [];
  for (const [, check] of checks) {
    const finding = check(pair, ctx);
    if (finding) out.push({ check: finding.check, params: finding.params });
  }
  return out;
}

function rememberedFindings(pair: CheckPair, ctx: CheckContext, memo: Map<string, LinkFindings>): LinkFindings {
  const key = `${pair.source.join('\n')}\u0000${pair.target.join('\n')}`;
  let found = memo.get(key);
  if (!found) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    found = linkFindings(pair, PER_LINK, ctx);
    memo.set(key, found);
  }
  return found;
}

/** The findings of the enabled checks that look at one link at a time, in link order; any run of links may be checked apart. */
export function runLinkChecks(pairs: readonly CheckPair[], ctx: CheckContext): Finding[] {
  const perLink = PER_LINK.filter(([id]) => ctx.enabled.has(id));
  const out: Finding[] = [];
  for (const pair of pairs) {
    const found = ctx.memo ? rememberedFindings(pair, ctx, ctx.memo) : linkFindings(pair, perLink, ctx);
    for (const f of found) if (ctx.enabled.has(f.check)) out.push({ ...f, link: pair.link });
  }
  return out;
}

/** The findings of the enabled checks that need nothing but the document: per link in link order, then the length ratios. */
export function runOwnChecks(pairs: readonly CheckPair[], ctx: Omit<CheckContext, 'library'>): Finding[] {
  const out = runLinkChecks(pairs, { ...ctx, library: [] });
  if (ctx.enabled.has('length')) for (const f of checkLengthRatios(pairs)) out.push(f);
  return out;
}

/** The findings of the enabled check that also reads the library's pairs (inconsistent translation). */
export function runLibraryChecks(pairs: readonly CheckPair[], ctx: Pick<CheckContext, 'enabled' | 'library'>): Finding[] {
  return ctx.enabled.has('inconsistent') ? checkInconsistent(pairs, ctx.library) : [];
}

/** Every finding of the enabled checks, per link in link order, the document-wide checks after. */
export function runChecks(pairs: readonly CheckPair[], ctx: CheckContext): Finding[] {
  const out = runOwnChecks(pairs, ctx);
  for (const f of runLibraryChecks(pairs, ctx)) out.push(f);
  return out;
}

export const allChecks = (): Set<CheckId> => new Set(CHECK_IDS);
