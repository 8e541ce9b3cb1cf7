/** How a term's Indonesian side is found in text. */
export type MatchMode = 'forms' | 'derived';

export type TermStatus = 'proposed' | 'approved';

export interface GlossaryTerm {
  /** Stored id; 0 or negative for terms that are not stored yet (e.g. freshly imported). */
  id: number;
  /** Indonesian form, one or more words. */
  source: string;
  /** English equivalents, at least one. */
  targets: string[];
  /** Free note for learners and translators; may be ''. */
  note: string;
  mode: MatchMode;
  /** Acronyms such as CSTO match their exact case only. */
  caseSensitive: boolean;
  status: TermStatus;
  /** null: the term applies to every document. */
  documentId: number | null;
}

export interface TermMatch {
  /** The preferred term for this span (see compileGlossary for the order). */
  termId: number;
  /** Every term whose words match exactly this span, preferred first. */
  termIds: number[];
  /** UTF-16 offsets into the matched text. */
  start: number;
  end: number;
  text: string;
  /** How the matched words were built when they differ from the term, e.g. "di- + serang". */
  build?: string;
}

export interface GlossaryMatcher {
  /** Indonesian side: non-overlapping matches sorted by start, longest match winning on overlap. */
  matchSource(text: string): TermMatch[];
  /** English side: the terms' equivalents with regular inflection; optionally only some terms. */
  matchTarget(text: string, termIds?: ReadonlySet<number>): TermMatch[];
}

export interface MissingTerm {
  termId: number;
  source: string;
  targets: string[];
}

export const DEFAULT_TERM: Omit<GlossaryTerm, 'id' | 'source' | 'targets'> = {
  note: '',
  mode: 'forms',
  caseSensitive: false,
  status: 'approved',
  documentId: null,
};
