import { createHash } from 'node:crypto';
import type { GlossaryEntry } from './types';

/** An approved glossary term as the glossary feature stores it. */
export interface ApprovedTerm {
  source: string;
  /** Accepted English renderings, preferred first. */
  targets: string[];
}

// DeepL refuses terms containing C0/C1 control characters (tabs and newlines
// included) or Unicode line/paragraph separators.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu;

function cleanTerm(term: string): string {
  return term.replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Turns approved terms into DeepL glossary entries: each source maps to its
 * first usable target. DeepL wants unique sources, so when two terms clean up
 * to the same source the earlier one wins. Sorted by source, so the same set
 * of terms always gives the same entries and the same glossaryVersion.
 */
export function toGlossaryEntries(terms: ApprovedTerm[]): GlossaryEntry[] {
  const bySource = new Map<string, string>();
  for (const term of terms) {
    const source = cleanTerm(term.source);
    const target = term.targets.map(cleanTerm).find((candidate) => candidate.length > 0);
    if (source.length === 0 || target === undefined || bySource.has(source)) continue;
    bySource.set(source, target);
  }
  return [...bySource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([source, target]) => ({ source, target }));
}

/** The entries as DeepL's TSV format. */
export function entriesToTsv(entries: GlossaryEntry[]): string {
  return entries.map((entry) => `${entry.source}\t${entry.target}`).join('\n');
}

/** sha256 hex of the entries; equal for equal entry sets, whatever their order. */
export function glossaryVersion(entries: GlossaryEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return createHash('sha256').update(entriesToTsv(sorted), 'utf8').digest('hex');
}
