/**
 * Exact translation-memory matches as drafts of a new document: each Indonesian sentence that a
 * reviewed pair of the library holds word for word gets that pair's English, the rest stays
 * untranslated. Worked example, two paragraphs and matches for "A." and "C.":
 *
 *   Indonesian  [A. B.] [C.]          drafts  A. → [a.]   C. → [c1. c2.]
 *   English     [a.]    [c1. c2.]
 *   paragraphs  0→0, 1→1
 *   sentences   A.→a.   B.→(none)   C.→c1. c2.
 *
 * A paragraph without any match has no English paragraph (a 1-0 link), as in an import without
 * a translation; an English sentence never stands without its Indonesian.
 */
import type { Link } from '../model';

/** A stored pair whose Indonesian reads as one sentence of the new document. */
export interface PairCandidate {
  /** The Indonesian sentence's id: a later pair has a larger one. */
  sentenceId: number;
  source: string;
  /** The English sentences of the link that holds this Indonesian sentence alone. */
  target: readonly { text: string; status: string }[];
}

/**
 * The English to pre-fill for each Indonesian text: pairs whose English is all reviewed only; where
 * the library holds several translations, the one given most often, then the latest.
 */
export function chooseDrafts(candidates: readonly PairCandidate[]): Map<string, string[]> {
  const tally = new Map<string, Map<string, { english: string[]; count: number; latest: number }>>();
  for (const c of candidates) {
    if (c.target.length === 0 || c.target.some((t) => t.status !== 'reviewed')) continue;
    const english = c.target.map((t) => t.text);
    const key = english.join('\n');
    const forSource = tally.get(c.source) ?? new Map();
    const seen = forSource.get(key);
    forSource.set(key, { english, count: (seen?.count ?? 0) + 1, latest: Math.max(seen?.latest ?? -1, c.sentenceId) });
    tally.set(c.source, forSource);
  }
  const drafts = new Map<string, string[]>();
  for (const [source, options] of tally) {
    const best = [...options.values()].sort((a, b) => b.count - a.count || b.latest - a.latest)[0]!;
    drafts.set(source, best.english);
  }
  return drafts;
}

export interface DraftSide {
  /** English paragraphs, each with its sentences. */
  translation: { text: string; sentences: string[] }[];
  paragraphLinks: Link[];
  sentenceLinks: Link[];
  /** Indonesian sentences that got English. */
  prefilled: number;
}

/** The English side the drafts make for the Indonesian paragraphs (each a list of sentences), with its links. */
export function draftSide(source: readonly (readonly string[])[], drafts: ReadonlyMap<string, readonly string[]>): DraftSide {
  const side: DraftSide = { translation: [], paragraphLinks: [], sentenceLinks: [], prefilled: 0 };
  let sourcePosition = 0;
  let targetPosition = 0;
  source.forEach((sentences, paragraph) => {
    const english: string[] = [];
    for (const sentence of sentences) {
      const draft = drafts.get(sentence) ?? [];
      const target = draft.map((_, i) => targetPosition + i);
      side.sentenceLinks.push({ source: [sourcePosition++], target, confidence: 1 });
      english.push(...draft);
      targetPosition += draft.length;
      if (draft.length > 0) side.prefilled++;
    }
    const target = english.length > 0 ? [side.translation.length] : [];
    if (english.length > 0) side.translation.push({ text: english.join(' '), sentences: english });
    side.paragraphLinks.push({ source: [paragraph], target, confidence: 1 });
  });
  return side;
}
