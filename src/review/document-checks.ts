/**
 * The checks over one document's sentence links as the worker pool runs them (compute task
 * `documentFindings`): the links' texts arrive packed, the glossary as its terms. What a worker
 * keeps between tasks: the compiled matcher of each glossary version (with the keys of the words
 * it has read), and each review service's per-link memo, so that after a save only the links whose
 * texts changed are checked again.
 */
import { unpackTextLists, type PackedTextLists } from '../compute/packing';
import { runChecks, type CheckId, type CheckPair, type Finding, type LibraryPair, type LinkFindings } from '../core/checks/index';
import { compileGlossary, type GlossaryMatcher, type GlossaryTerm } from '../core/glossary/index';

export interface FindingsTask {
  /** Names the per-link memo to use: one per review service, so a new service starts with none. */
  memo: string;
  /** Each link's Indonesian sentences, then its English ones, link after link. */
  texts: PackedTextLists;
  /** The glossary version and the terms that apply to the document (those for every document and its own). */
  glossary: { version: number; documentId: number; terms: GlossaryTerm[] };
  library: LibraryPair[];
  enabled: CheckId[];
}

/** Glossary versions and memo owners kept at once: a cache, not a history. */
const KEPT_MATCHERS = 16;
const KEPT_MEMOS = 4;

const matchers = new Map<string, GlossaryMatcher>();
const memos = new Map<string, WeakMap<GlossaryMatcher, Map<string, LinkFindings>>>();

function keep<T>(cache: Map<string, T>, key: string, limit: number, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    cache.set(key, (value = make()));
  }
  return value;
}

/** Documents without terms of their own share the version's general matcher, as in the glossary service. */
function matcherOf({ version, documentId, terms }: FindingsTask['glossary']): GlossaryMatcher {
  const own = terms.some((t) => t.documentId === documentId);
  return keep(matchers, `${version}/${own ? documentId : ''}`, KEPT_MATCHERS, () => compileGlossary(terms, { documentId }));
}

function memoOf(owner: string, matcher: GlossaryMatcher): Map<string, LinkFindings> {
  const byMatcher = keep(memos, owner, KEPT_MEMOS, () => new WeakMap<GlossaryMatcher, Map<string, LinkFindings>>());
  let memo = byMatcher.get(matcher);
  if (!memo) byMatcher.set(matcher, (memo = new Map()));
  return memo;
}

export function checkPairs(texts: PackedTextLists): CheckPair[] {
  const lists = unpackTextLists(texts);
  const pairs: CheckPair[] = new Array(lists.length >> 1);
  for (let link = 0; link < pairs.length; link++) pairs[link] = { link, source: lists[2 * link]!, target: lists[2 * link + 1]! };
  return pairs;
}

export function documentFindings(task: FindingsTask): Finding[] {
  const matcher = matcherOf(task.glossary);
  return runChecks(checkPairs(task.texts), {
    enabled: new Set(task.enabled),
    glossary: { matcher, terms: task.glossary.terms },
    library: task.library,
    memo: memoOf(task.memo, matcher),
  });
}

export const findingsTaskSize = (task: FindingsTask): number => task.texts.chars.length;
