/**
 * Shared checks for imported glossaries: every record is validated before any term is returned,
 * so a file is imported whole or not at all.
 */
import { checkTermInput, termSourceKey, type FieldError, type TermDraft } from '../term-input';
import type { GlossaryTerm } from '../types';

export interface ImportError {
  /** 1-based line of the record in the file, when known. */
  line?: number;
  /** 1-based number of the record or term entry. */
  entry?: number;
  message: string;
  /** For a term the checker refused: the field and the checker's code (as in the form and the API). */
  field?: string;
  code?: string;
}

export type ImportResult = { ok: true; terms: GlossaryTerm[] } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** Largest accepted file, in UTF-16 code units of the decoded text. */
  maxChars?: number;
  /** Document the imported terms belong to; null (default) for all documents. */
  documentId?: number | null;
}

export const DEFAULT_MAX_CHARS = 5_000_000;

/** One record as read from a file, before validation. */
export interface RawTerm {
  where: Omit<ImportError, 'message'>;
  source: string;
  targets: string[];
  note: string;
  mode: string;
  caseSensitive: string;
  status: string;
}

// Files spell yes/no in more ways than the form and the API do; these are read as the checker's words.
const TRUE = new Set(['true', '1', 'yes', 'y']);
const FALSE = new Set(['false', '0', 'no', 'n', '']);

export function tooLarge(text: string, options: ImportOptions): ImportError | null {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  return text.length > max ? { message: `file is larger than the limit of ${max} characters` } : null;
}

function fileFlag(value: string): string {
  const v = value.trim().toLowerCase();
  return TRUE.has(v) ? 'true' : FALSE.has(v) ? 'false' : value;
}

function describeWhere(where: RawTerm['where']): string {
  return where.line !== undefined ? `line ${where.line}` : `entry ${where.entry}`;
}

/** The problem in the words of a file's author: column names and the value found. */
function describe(error: FieldError, raw: RawTerm): string {
  const max = error.params?.max;
  switch (`${error.field}/${error.code}`) {
    case 'source/required': return 'missing source (Indonesian term)';
    case 'targets/required': return 'no target (English equivalent)';
    case 'mode/invalid_choice': return `mode must be "forms" or "derived", not "${raw.mode}"`;
    case 'status/invalid_choice': return `status must be "approved" or "proposed", not "${raw.status}"`;
    case 'caseSensitive/invalid_choice': return `case_sensitive must be true or false, not "${raw.caseSensitive}"`;
    case 'source/no_words': return 'the source holds no word';
    case 'targets/separator': return 'an equivalent contains "|", which separates equivalents';
    case 'targets/too_many_targets': return `more than ${max} equivalents`;
  }
  return error.code === 'too_long' ? `${error.field} is longer than ${max} characters` : `${error.field}: ${error.code}`;
}

/** One record through the same check as a term typed into the form or sent to the API. */
function checkRecord(raw: RawTerm, documentId: number | null, errors: ImportError[]): TermDraft | null {
  const check = checkTermInput({
    source: raw.source,
    targets: raw.targets,
    note: raw.note,
    mode: raw.mode.trim().toLowerCase(),
    status: raw.status.trim().toLowerCase(),
    caseSensitive: fileFlag(raw.caseSensitive),
    documentId,
  });
  if (check.ok) return check.term;
  for (const e of check.errors) errors.push({ ...raw.where, field: e.field, code: e.code, message: describe(e, raw) });
  return null;
}

/** All terms, or every problem found; imported terms get ids -1, -2, ... until stored. */
export function validateTerms(raws: readonly RawTerm[], options: ImportOptions): ImportResult {
  const errors: ImportError[] = [];
  const terms: GlossaryTerm[] = [];
  const firstSeen = new Map<string, RawTerm['where']>();
  for (const raw of raws) {
    const term = checkRecord(raw, options.documentId ?? null, errors);
    if (!term) continue;
    const key = termSourceKey(term.source, term.caseSensitive);
    const earlier = firstSeen.get(key);
    if (earlier) {
      errors.push({ ...raw.where, message: `duplicate of "${term.source}" at ${describeWhere(earlier)}` });
      continue;
    }
    firstSeen.set(key, raw.where);
    terms.push({ ...term, id: -(terms.length + 1) });
  }
  if (raws.length === 0) errors.push({ message: 'the file holds no terms' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, terms };
}
