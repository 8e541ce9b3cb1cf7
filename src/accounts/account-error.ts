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
  | 'setup_link_invalid';

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}
