/**
 * Glossary terms in the reader: every sentence cut into plain and term slices (raw text with
 * offsets, so the view escapes each slice and no markup can come from terms or text), the
 * English equivalents found only for the terms of the linked Indonesian sentences, and the
 * approved terms whose equivalents the English leaves out.
 *
 *   "Pasukan tiba." + term pasukan → [{text:"Pasukan", term}, {text:" tiba."}]
 */
import type { GlossaryMatcher, GlossaryTerm, MissingTerm, TermMatch } from '../glossary/index';

export interface SliceTerm {
  /** The preferred term for this span, and every term matching it. */
  termId: number;
  termIds: number[];
  /** How the word was built, e.g. "di- + serang", when it differs from the term. */
  build?: string;
}

export interface TextSlice {
  text: string;
  start: number;
  end: number;
  term?: SliceTerm;
}

export interface SentenceText {
  position: number;
  text: string;
}

export interface UnitLink {
  source: readonly number[];
  target: readonly number[];
}

export interface DocumentTerms {
  /** Slices per sentence position; sentences without terms are absent. */
  source: Map<number, TextSlice[]>;
  target: Map<number, TextSlice[]>;
  /** Missing terms per English sentence position: the last English sentence of each link. */
  missing: Map<number, MissingTerm[]>;
  /** Every term shown somewhere in the document. */
  termIds: Set<number>;
  /** Number of (link, term) pairs missing in the English. */
  missingCount: number;
}

/** Cuts text at the matches (sorted, non-overlapping, as the matcher returns them). */
export function sliceText(text: string, matches: readonly TermMatch[]): TextSlice[] {
  const slices: TextSlice[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start < at) continue;
    if (m.start > at) slices.push({ text: text.slice(at, m.start), start: at, end: m.start });
    const term: SliceTerm = { termId: m.termId, termIds: m.termIds, ...(m.build ? { build: m.build } : {}) };
    slices.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, term });
    at = m.end;
  }
  if (at < text.length || slices.length === 0) slices.push({ text: text.slice(at), start: at, end: text.length });
  return slices;
}

function idsOf(matches: readonly TermMatch[]): number[] {
  return matches.flatMap((m) => m.termIds);
}

interface LinkTerms {
  found: number[];
  translated: Set<number>;
}

function annotateLink(
  matcher: GlossaryMatcher,
  link: UnitLink,
  sourceAt: (p: number) => SentenceText | undefined,
  targetAt: (p: number) => SentenceText | undefined,
  out: DocumentTerms,
): LinkTerms {
  const found: number[] = [];
  for (const position of link.source) {
    const sentence = sourceAt(position);
    if (!sentence) continue;
    const matches = matcher.matchSource(sentence.text);
    if (matches.length > 0) out.source.set(position, sliceText(sentence.text, matches));
    found.push(...idsOf(matches));
  }
  const translated = new Set<number>();
  if (found.length === 0) return { found, translated };
  const wanted = new Set(found);
  for (const position of link.target) {
    const sentence = targetAt(position);
    if (!sentence) continue;
    const matches = matcher.matchTarget(sentence.text, wanted);
    if (matches.length > 0) out.target.set(position, sliceText(sentence.text, matches));
    for (const id of idsOf(matches)) translated.add(id);
  }
  return { found, translated };
}

/**
 * A longer proposed term may cover an approved one in the English ("security forces" over
 * "forces"); the check looks again with the approved terms alone before calling one missing.
 */
function recheck(matcher: GlossaryMatcher, link: UnitLink, targetAt: (p: number) => SentenceText | undefined, ids: Set<number>): Set<number> {
  const seen = new Set<number>();
  for (const position of link.target) {
    const sentence = targetAt(position);
    if (sentence) for (const id of idsOf(matcher.matchTarget(sentence.text, ids))) seen.add(id);
  }
  return seen;
}

function missingOf(matcher: GlossaryMatcher, link: UnitLink, targetAt: (p: number) => SentenceText | undefined, terms: LinkTerms, byId: Map<number, GlossaryTerm>): MissingTerm[] {
  const approved = [...new Set(terms.found)].filter((id) => byId.get(id)?.status === 'approved');
  let absent = approved.filter((id) => !terms.translated.has(id));
  if (absent.length > 0 && approved.length < new Set(terms.found).size) {
    const seen = recheck(matcher, link, targetAt, new Set(approved));
    absent = absent.filter((id) => !seen.has(id));
  }
  return absent.map((id) => {
    const term = byId.get(id)!;
    return { termId: id, source: term.source, targets: [...term.targets] };
  });
}

/** Terms of a whole document, one sentence link at a time. */
export function annotateDocument(
  matcher: GlossaryMatcher,
  terms: readonly GlossaryTerm[],
  sourceSentences: readonly SentenceText[],
  targetSentences: readonly SentenceText[],
  links: readonly UnitLink[],
): DocumentTerms {
  const out: DocumentTerms = { source: new Map(), target: new Map(), missing: new Map(), termIds: new Set(), missingCount: 0 };
  const byId = new Map(terms.map((t) => [t.id, t]));
  const sourceBy = new Map(sourceSentences.map((s) => [s.position, s]));
  const targetBy = new Map(targetSentences.map((s) => [s.position, s]));
  const sourceAt = (p: number) => sourceBy.get(p);
  const targetAt = (p: number) => targetBy.get(p);
  for (const link of links) {
    const linkTerms = annotateLink(matcher, link, sourceAt, targetAt, out);
    const last = link.target.at(-1);
    if (last === undefined || linkTerms.found.length === 0 || !targetAt(last)) continue;
    const missing = missingOf(matcher, link, targetAt, linkTerms, byId);
    if (missing.length === 0) continue;
    out.missing.set(last, missing);
    out.missingCount += missing.length;
  }
  for (const slices of [...out.source.values(), ...out.target.values()]) {
    for (const slice of slices) for (const id of slice.term?.termIds ?? []) out.termIds.add(id);
  }
  return out;
}
