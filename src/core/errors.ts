/**
 * Errors with a kind. The core and the services say what went wrong
 * (`kind`) and which message applies (`code`, a key of the `errors`
 * namespace); the web layer turns the kind into an HTTP status and the code
 * into a localised message, once, in `web/errors.ts`.
 */
export type ErrorKind =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'gone'
  | 'unavailable';

export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly params: ErrorParams = {},
    /** The form field the error belongs to, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The key of the localised message; subclasses of one capability keep theirs in its namespace. */
  get messageKey(): string {
    return `errors:${this.code}`;
  }
}

export const invalid = (code: string, message: string, params?: ErrorParams, field?: string) =>
  new DomainError('invalid', code, message, params, field);

export const notFound = (what = 'page') => new DomainError('not_found', 'not_found', `No such ${what}.`, { what });

export const conflict = (code: string, message: string, params?: ErrorParams) => new DomainError('conflict', code, message, params);

export const tooLarge = (code: string, message: string, params?: ErrorParams, field?: string) =>
  new DomainError('too_large', code, message, params, field);

export const forbidden = (code = 'forbidden', message = 'This is not allowed for you.') => new DomainError('forbidden', code, message);

export const unavailable = (code: string, message: string, params?: ErrorParams) => new DomainError('unavailable', code, message, params);

export const isDomainError = (err: unknown): err is DomainError => err instanceof DomainError;
