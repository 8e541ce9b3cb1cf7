import { DomainError } from '../core/errors';

/** Why a document could not be imported. The web layer turns `code` into a localised message. */
export type InputErrorCode =
  | 'source_empty'
  | 'source_too_large'
  | 'translation_too_large'
  | 'translation_empty'
  | 'title_too_long'
  | 'too_many_paragraphs';

const TOO_LARGE: ReadonlySet<InputErrorCode> = new Set(['source_too_large', 'translation_too_large', 'too_many_paragraphs']);

/** Text refused at intake; too-large input has its own kind (413), everything else is invalid (400). */
export class InputError extends DomainError {
  constructor(code: InputErrorCode, message: string, field: string, params: Record<string, string | number> = {}) {
    super(TOO_LARGE.has(code) ? 'too_large' : 'invalid', code, message, params, field);
    this.name = 'InputError';
  }

  get tooLarge(): boolean {
    return this.kind === 'too_large';
  }
}
