/**
 * Checks one term as typed into a form or sent to the API, field by field, so that a form can
 * show every problem next to its field and the API can name them.
 */
import { normalizeLine, normalizeText } from '../text/index';
import type { GlossaryTerm, MatchMode, TermStatus } from './types';
import { scanWords } from './words';

export type TermDraft = Omit<GlossaryTerm, 'id'>;
export type TermField = 'source' | 'targets' | 'note' | 'mode' | 'caseSensitive' | 'status' | 'documentId';

export interface FieldError {
  field: TermField;
  /** Stable code, also the locale key under glossary:error. */
  code: string;
  params?: Record<string, number>;
}

export type TermCheck = { ok: true; term: TermDraft } | { ok: false; errors: FieldError[] };

export const TERM_LIMITS = { source: 200, target: 200, targets: 20, note: 2000 } as const;

const MODES: readonly MatchMode[] = ['forms', 'derived'];
const STATUSES: readonly TermStatus[] = ['proposed', 'approved'];

/**
 * The text intake for a one-line field, which also collapses runs of white
 * space, so "pasukan  keamanan" and "pasukan keamanan" are one term.
 */
export function tidy(text: string): string {
  return normalizeLine(text);
}

/** The source as compared for duplicates: case matters only for case-sensitive terms. */
export function termSourceKey(source: string, caseSensitive: boolean): string {
  const tidied = tidy(source);
  return caseSensitive ? tidied : tidied.toLowerCase();
}

/** Targets arrive as a list (JSON) or as text with one equivalent per line or separated by "|". */
function readTargets(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(/[\n|]/).map(tidy).filter((t) => t !== '');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map(tidy).filter((t) => t !== '');
  return null;
}

function readFlag(value: unknown): boolean | null {
  if (value === undefined || value === null || value === false || value === '' || value === 'false') return false;
  if (value === true || value === 'true' || value === 'on' || value === '1') return true;
  return null;
}

function readDocumentId(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function readChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T): T | null {
  if (value === undefined || value === null || value === '') return fallback;
  return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : null;
}

/** A note keeps its line breaks (as one kind, \n): it is prose, not a term to match. */
const keepLines = (text: string) => normalizeText(text).trim();

function checkText(field: TermField, value: unknown, max: number, required: boolean, errors: FieldError[], clean = tidy): string {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    errors.push({ field, code: 'not_text' });
    return '';
  }
  const text = clean(value ?? '');
  if (required && text === '') errors.push({ field, code: 'required' });
  else if (text.length > max) errors.push({ field, code: 'too_long', params: { max } });
  return text;
}

function checkTargets(value: unknown, errors: FieldError[]): string[] {
  const targets = readTargets(value ?? '');
  if (targets === null) errors.push({ field: 'targets', code: 'not_text' });
  else if (targets.length === 0) errors.push({ field: 'targets', code: 'required' });
  else if (targets.length > TERM_LIMITS.targets) errors.push({ field: 'targets', code: 'too_many_targets', params: { max: TERM_LIMITS.targets } });
  else if (targets.some((t) => t.length > TERM_LIMITS.target)) errors.push({ field: 'targets', code: 'too_long', params: { max: TERM_LIMITS.target } });
  // "|" separates equivalents in the CSV files; inside one it could not be exported.
  else if (targets.some((t) => t.includes('|'))) errors.push({ field: 'targets', code: 'separator' });
  return [...new Set(targets ?? [])];
}

/** Every problem with the input, or the term it describes (white space tidied). */
export function checkTermInput(input: Readonly<Record<string, unknown>>): TermCheck {
  const errors: FieldError[] = [];
  const source = checkText('source', input.source, TERM_LIMITS.source, true, errors);
  if (source !== '' && scanWords(source).length === 0) errors.push({ field: 'source', code: 'no_words' });
  const targets = checkTargets(input.targets, errors);
  const note = input.note === undefined ? '' : checkText('note', input.note, TERM_LIMITS.note, false, errors, keepLines);
  const mode = readChoice(input.mode, MODES, 'forms');
  if (mode === null) errors.push({ field: 'mode', code: 'invalid_choice' });
  const status = readChoice(input.status, STATUSES, 'approved');
  if (status === null) errors.push({ field: 'status', code: 'invalid_choice' });
  const caseSensitive = readFlag(input.caseSensitive);
  if (caseSensitive === null) errors.push({ field: 'caseSensitive', code: 'invalid_choice' });
  const documentId = readDocumentId(input.documentId);
  if (documentId === undefined) errors.push({ field: 'documentId', code: 'invalid_document' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, term: { source, targets, note, mode: mode!, status: status!, caseSensitive: caseSensitive!, documentId: documentId! } };
}
