/** Why a document could not be imported. The web layer turns `code` into a localised message. */
export type InputErrorCode =
  | 'source_empty'
  | 'source_too_large'
  | 'translation_too_large'
  | 'not_utf8'
  | 'binary_file'
  | 'title_too_long'
  | 'too_many_paragraphs';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly field: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'InputError';
  }

  /** Too-large input is its own HTTP status (413); everything else is a plain 400. */
  get tooLarge(): boolean {
    return this.code === 'source_too_large' || this.code === 'translation_too_large' || this.code === 'too_many_paragraphs';
  }
}
