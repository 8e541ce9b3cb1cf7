import type { FieldError, GlossaryTerm } from '../../core/glossary/index';
import type { Translate } from '../i18n';

/** The term form as typed, kept as text so that a refused form comes back as the user left it. */
export interface TermFormValues {
  source: string;
  targets: string;
  note: string;
  mode: string;
  caseSensitive: boolean;
  status: string;
  documentId: string;
  /** Where to go after saving: the reader the term was picked in. */
  returnTo: string;
}

export const emptyTermForm: TermFormValues = {
  source: '',
  targets: '',
  note: '',
  mode: 'forms',
  caseSensitive: false,
  status: 'approved',
  documentId: '',
  returnTo: '',
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Only a reader page of this site is a place to return to. */
export function safeReturn(value: unknown): string {
  const path = str(value);
  return /^\/documents\/[1-9]\d{0,15}$/.test(path) ? path : '';
}

export function termFormValues(body: unknown): TermFormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    source: str(b.source),
    targets: str(b.targets),
    note: str(b.note),
    mode: str(b.mode) || 'forms',
    caseSensitive: b.caseSensitive === 'on' || b.caseSensitive === 'true',
    status: str(b.status) || 'approved',
    documentId: str(b.documentId),
    returnTo: safeReturn(b.returnTo),
  };
}

export function valuesFromTerm(term: GlossaryTerm): TermFormValues {
  return {
    source: term.source,
    targets: term.targets.join('\n'),
    note: term.note,
    mode: term.mode,
    caseSensitive: term.caseSensitive,
    status: term.status,
    documentId: term.documentId === null ? '' : String(term.documentId),
    returnTo: '',
  };
}

/** Field errors as the form shows them: one localised message per field. */
export function fieldMessages(errors: readonly FieldError[], t: Translate): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const e of errors) messages[e.field] ??= t(`glossary:error.${e.code}`, { ...e.params, field: t(`glossary:field.${e.field}`) });
  return messages;
}
