/**
 * Shared checks for imported glossaries: every record is validated before any term is returned,
 * so a file is imported whole or not at all.
 */
import type { ErrorParams } from '../../errors';
import { checkTermInput, termSourceKey, type FieldError, type TermDraft } from '../term-input';
import type { GlossaryTerm } from '../types';

/**
 * Every problem a glossary file can have. Each is a message under `glossary:file.` in the
 * locales, filled with the problem's params; the English `message` is for logs and a fallback.
 */
export const FILE_PROBLEMS = [
  'quote_in_field', 'unclosed_quote', 'empty_file', 'unknown_column', 'missing_column', 'duplicate_column', 'field_count',
  'entities', 'malformed_xml', 'unreadable_xml', 'not_tbx', 'too_large', 'no_terms', 'duplicate_at_line', 'duplicate_at_entry',
  'missing_source', 'missing_targets', 'mode_choice', 'status_choice', 'case_choice', 'no_words', 'separator',
  'too_many_targets', 'too_long', 'field_refused',
] as const;

export type FileProblem = (typeof FILE_PROBLEMS)[number];

export interface ImportError {
  /** 1-based line of the record in the file, when known. */
  line?: number;
  /** 1-based number of the record or term entry. */
  entry?: number;
  /** What is wrong, as a message key (glossary:file.<problem>) and the values it names. */
  problem: FileProblem;
  params?: ErrorParams;
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
  where: Pick<ImportError, 'line' | 'entry'>;
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
  return text.length > max ? { problem: 'too_large', params: { max }, message: `file is larger than the limit of ${max} characters` } : null;
}

function fileFlag(value: string): string {
  const v = value.trim().toLowerCase();
  return TRUE.has(v) ? 'true' : FALSE.has(v) ? 'false' : value;
}

type Described = Pick<ImportError, 'problem' | 'params' | 'message'>;

/** The problem in the words of a file's author: column names and the value found. */
function describe(error: FieldError, raw: RawTerm): Described {
  const max = error.params?.max ?? 0;
  switch (`${error.field}/${error.code}`) {
    case 'source/required': return { problem: 'missing_source', message: 'missing source (Indonesian term)' };
    case 'targets/required': return { problem: 'missing_targets', message: 'no target (English equivalent)' };
    case 'mode/invalid_choice': return { problem: 'mode_choice', params: { value: raw.mode }, message: `mode must be "forms" or "derived", not "${raw.mode}"` };
    case 'status/invalid_choice':
      return { problem: 'status_choice', params: { value: raw.status }, message: `status must be "approved" or "proposed", not "${raw.status}"` };
    case 'caseSensitive/invalid_choice':
      return { problem: 'case_choice', params: { value: raw.caseSensitive }, message: `case_sensitive must be true or false, not "${raw.caseSensitive}"` };
    case 'source/no_words': return { problem: 'no_words', message: 'the source holds no word' };
    case 'targets/separator': return { problem: 'separator', message: 'an equivalent contains "|", which separates equivalents' };
    case 'targets/too_many_targets': return { problem: 'too_many_targets', params: { max }, message: `more than ${max} equivalents` };
  }
  return error.code === 'too_long'
    ? { problem: 'too_long', params: { field: error.field, max }, message: `${error.field} is longer than ${max} characters` }
    : { problem: 'field_refused', params: { field: error.field, code: error.code }, message: `${error.field}: ${error.code}` };
}

function duplicate(source: string, earlier: RawTerm['where']): Described {
  return earlier.line !== undefined
    ? { problem: 'duplicate_at_line', params: { source, line: earlier.line }, message: `duplicate of "${source}" at line ${earlier.line}` }
    : { problem: 'duplicate_at_entry', params: { source, entry: earlier.entry ?? 0 }, message: `duplicate of "${source}" at entry ${earlier.entry}` };
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
  for (const e of check.errors) errors.push({ ...raw.where, field: e.field, code: e.code, ...describe(e, raw) });
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
      errors.push({ ...raw.where, ...duplicate(term.source, earlier) });
      continue;
    }
    firstSeen.set(key, raw.where);
    terms.push({ ...term, id: -(terms.length + 1) });
  }
  if (raws.length === 0) errors.push({ problem: 'no_terms', message: 'the file holds no terms' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, terms };
}
