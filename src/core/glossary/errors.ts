/**
 * Why the glossary refused something. Each error has a kind (the web layer turns it into a
 * status, once) and a message of its own in the glossary's locale namespace.
 */
import { DomainError, type ErrorKind, type ErrorParams } from '../errors';
import type { ImportError } from './formats/validate';
import type { FieldError } from './term-input';

export class GlossaryError extends DomainError {
  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    /** The message's key under `glossary:`. */
    private readonly key: string,
    params: ErrorParams = {},
    field?: string,
  ) {
    super(kind, code, message, params, field);
    this.name = 'GlossaryError';
  }

  override get messageKey(): string {
    return `glossary:${this.key}`;
  }
}

/** A term as typed or sent breaks the rules: every problem, field by field. */
export class TermInputError extends GlossaryError {
  constructor(readonly fields: readonly FieldError[]) {
    super('invalid', 'invalid_term', `The term has ${fields.length} problem(s).`, 'error.invalid_term', { count: fields.length }, fields[0]?.field);
    this.name = 'TermInputError';
  }
}

/** A change that collides with the stored glossary: the same source in the same scope, or a scope that does not exist. */
export class GlossaryChangeError extends GlossaryError {
  constructor(
    code: 'duplicate_term' | 'unknown_document',
    message: string,
    params: { source?: string } = {},
    readonly existingId?: number,
  ) {
    const duplicate = code === 'duplicate_term';
    super(duplicate ? 'conflict' : 'invalid', code, message, `error.${code}`, params, duplicate ? 'source' : 'documentId');
    this.name = 'GlossaryChangeError';
  }
}

/** An imported file with problems: nothing of it was stored. */
export class GlossaryFileError extends GlossaryError {
  constructor(readonly problems: readonly ImportError[]) {
    super('invalid', 'invalid_glossary_file', `The file was not imported: ${problems.length} problem(s).`, 'import.invalid', { count: problems.length }, 'file');
    this.name = 'GlossaryFileError';
  }
}

export const noGlossaryFile = () => new GlossaryError('invalid', 'no_file', 'Choose a glossary file to import.', 'import.noFile', {}, 'file');

export const unknownGlossaryFormat = () => new GlossaryError('invalid', 'invalid_format', 'The format must be csv or tbx.', 'import.badFormat', {}, 'format');

export const unreadableUpload = () => new GlossaryError('invalid', 'bad_upload', 'The upload could not be read: send one file.', 'import.badUpload', {}, 'file');

export const glossaryFileTooLarge = (maxBytes: number) =>
  new GlossaryError('too_large', 'too_large', `The file is larger than the limit of ${maxBytes} bytes.`, 'import.tooLarge', { limit: Math.round(maxBytes / 1024) }, 'file');
