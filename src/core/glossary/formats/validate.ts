/**
 * Shared checks for imported glossaries: every record is validated before any term is returned,
 * so a file is imported whole or not at all.
 */
import type { GlossaryTerm, MatchMode, TermStatus } from '../types';

export interface ImportError {
  /** 1-based line of the record in the file, when known. */
  line?: number;
  /** 1-based number of the record or term entry. */
  entry?: number;
  message: string;
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

const TRUE = new Set(['true', '1', 'yes', 'y']);
const FALSE = new Set(['false', '0', 'no', 'n', '']);

export function tooLarge(text: string, options: ImportOptions): ImportError | null {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  return text.length > max ? { message: `file is larger than the limit of ${max} characters` } : null;
}

function parseMode(value: string): MatchMode | null {
  const v = value.trim().toLowerCase();
  return v === '' || v === 'forms' ? 'forms' : v === 'derived' ? 'derived' : null;
}

function parseStatus(value: string): TermStatus | null {
  const v = value.trim().toLowerCase();
  return v === '' || v === 'approved' ? 'approved' : v === 'proposed' ? 'proposed' : null;
}

function parseFlag(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  return TRUE.has(v) ? true : FALSE.has(v) ? false : null;
}

function normalisedSource(source: string, caseSensitive: boolean): string {
  const collapsed = source.replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

function describeWhere(where: RawTerm['where']): string {
  return where.line !== undefined ? `line ${where.line}` : `entry ${where.entry}`;
}

function checkRecord(raw: RawTerm, errors: ImportError[]): Omit<GlossaryTerm, 'id' | 'documentId'> | null {
  const fail = (message: string) => errors.push({ ...raw.where, message });
  const before = errors.length;
  const source = raw.source.trim().replace(/\s+/g, ' ');
  const targets = raw.targets.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t !== '');
  const mode = parseMode(raw.mode);
  const status = parseStatus(raw.status);
  const caseSensitive = parseFlag(raw.caseSensitive);
  if (source === '') fail('missing source (Indonesian term)');
  if (targets.length === 0) fail('no target (English equivalent)');
  if (mode === null) fail(`mode must be "forms" or "derived", not "${raw.mode}"`);
  if (status === null) fail(`status must be "approved" or "proposed", not "${raw.status}"`);
  if (caseSensitive === null) fail(`case_sensitive must be true or false, not "${raw.caseSensitive}"`);
  if (errors.length > before) return null;
  return { source, targets, note: raw.note.trim(), mode: mode!, status: status!, caseSensitive: caseSensitive! };
}

/** All terms, or every problem found; imported terms get ids -1, -2, ... until stored. */
export function validateTerms(raws: readonly RawTerm[], options: ImportOptions): ImportResult {
  const errors: ImportError[] = [];
  const terms: GlossaryTerm[] = [];
  const firstSeen = new Map<string, RawTerm['where']>();
  for (const raw of raws) {
    const term = checkRecord(raw, errors);
    if (!term) continue;
    const key = normalisedSource(term.source, term.caseSensitive);
    const earlier = firstSeen.get(key);
    if (earlier) {
      errors.push({ ...raw.where, message: `duplicate of "${term.source}" at ${describeWhere(earlier)}` });
      continue;
    }
    firstSeen.set(key, raw.where);
    terms.push({ ...term, id: -(terms.length + 1), documentId: options.documentId ?? null });
  }
  if (raws.length === 0) errors.push({ message: 'the file holds no terms' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, terms };
}
