import { DomainError, type ErrorKind, type ErrorParams } from '../core/errors';

/** Why an account operation was refused; the web layer localises `code` (namespace `auth`). */
export type AccountErrorCode =
  | 'name_invalid'
  | 'name_taken'
  | 'password_too_short'
  | 'password_too_long'
  | 'password_wrong'
  | 'role_invalid'
  | 'last_admin'
  | 'no_such_user'
  | 'token_name_invalid'
  | 'setup_link_invalid'
  | 'signin_failed'
  | 'signin_rate_limited';

export class AccountError extends DomainError {
  constructor(code: AccountErrorCode, message: string, kind: ErrorKind = 'invalid', params?: ErrorParams) {
    super(kind, code, message, params);
    this.name = 'AccountError';
  }

  override get messageKey(): string {
    return `auth:error.${this.code}`;
  }
}
