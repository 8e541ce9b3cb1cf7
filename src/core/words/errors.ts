import { DomainError, type ErrorKind, type ErrorParams } from '../errors';

/** Refused learner input; its messages live in the learn namespace. */
export class LearnerError extends DomainError {
  constructor(code: string, message: string, params: ErrorParams = {}, kind: ErrorKind = 'invalid') {
    super(kind, code, message, params);
    this.name = 'LearnerError';
  }

  override get messageKey(): string {
    return `learn:errors.${this.code}`;
  }
}

export const signInRequired = () => new LearnerError('signin_required', 'Sign in to keep words with your account.', {}, 'unauthenticated');
