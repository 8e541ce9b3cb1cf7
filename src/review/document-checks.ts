/**
 * The checks over one document's sentence links as the worker pool runs them (compute task
 * `documentFindings`): the links' texts arrive packed, the glossary as its terms, the library's
 * pairs with them or, while the worker runs the checks that do not need them, on a port. What a worker
 * keeps between tasks: the compiled matcher of each glossary version (with the keys of the words
 * it has read), and each review service's per-link memo, so that after a save only the links whose
 * texts changed are checked again.
 */
import type { MessagePort, Transferable } from 'node:worker_threads';
import { unpackTextLists, type PackedTextLists } from '../compute/packing';
import { runLibraryChecks, runOwnChecks, type CheckId, type CheckPair, type Finding, type LibraryPair, type LinkFindings } from '../core/checks/index';
import { compileGlossary, type GlossaryMatcher, type GlossaryTerm } from '../core/glossary/index';

export interface FindingsTask {
  /** Names the per-link memo to use: one per review service, so a new service starts with none. */
  memo: string;
  /** Each link's Indonesian sentences, then its English ones, link after link. */
  texts: PackedTextLists;
  /** The glossary version and the terms that apply to the document (those for every document and its own). */
  glossary: { version: number; documentId: number; terms: GlossaryTerm[] };
  /** The library's pairs for the inconsistency check; empty when they come on `libraryPort`. */
  library: LibraryPair[];
  enabled: CheckId[];
  /**
   * Where the library's pairs arrive instead (one LibraryMessage): the service reads them from
   * the database while the worker runs the other checks, which do not need them.
   */
  libraryPort?: MessagePort;
}

/** What the service sends on a task's library port: the pairs, or why it has none to send. */
export type LibraryMessage = { pairs: LibraryPair[] } | { failed: string };

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

/** The library's pairs as they arrive on the port; refused when the port closes first or the service could not read them. */
function libraryFrom(port: MessagePort): Promise<LibraryPair[]> {
  return new Promise((resolve, reject) => {
    port.once('message', (message: LibraryMessage) => {
      port.close();
      if ('pairs' in message) resolve(message.pairs);
      else reject(new Error(`The library's pairs could not be read: ${message.failed}`));
    });
    // After a message this settles nothing: the promise is settled already.
    port.once('close', () => reject(new Error("The library's pairs never came.")));
  });
}

interface OwnFindings {
  pairs: CheckPair[];
  enabled: ReadonlySet<CheckId>;
  findings: Finding[];
}

/** The findings of the checks that need no library pairs: those of one link at a time and the length ratios. */
function ownFindings(task: FindingsTask): OwnFindings {
  const matcher = matcherOf(task.glossary);
  const pairs = checkPairs(task.texts);
  const enabled = new Set(task.enabled);
  const findings = runOwnChecks(pairs, { enabled, glossary: { matcher, terms: task.glossary.terms }, memo: memoOf(task.memo, matcher) });
  return { pairs, enabled, findings };
}

function withLibrary({ pairs, enabled, findings }: OwnFindings, library: readonly LibraryPair[]): Finding[] {
  for (const f of runLibraryChecks(pairs, { enabled, library })) findings.push(f);
  return findings;
}

/** The findings of the enabled checks, as runChecks gives them, with the library's pairs given. */
export function documentFindings(task: FindingsTask): Finding[] {
  return withLibrary(ownFindings(task), task.library);
}

/** The compute task: as documentFindings, the inconsistency check waiting for pairs still on their way when they come on a port. */
export function documentFindingsTask(task: FindingsTask): Finding[] | Promise<Finding[]> {
  const own = ownFindings(task);
  return task.libraryPort ? libraryFrom(task.libraryPort).then((library) => withLibrary(own, library)) : withLibrary(own, task.library);
}

/** A task's library port crosses to the worker with it. */
export const findingsTaskTransfer = (task: FindingsTask): Transferable[] => (task.libraryPort ? [task.libraryPort] : []);

export const findingsTaskSize = (task: FindingsTask): number => task.texts.chars.length;
