/** Why the review queue refused a request: a kind for the status, a message in the review namespace. */
import { DomainError, type ErrorParams } from '../errors';

export class ReviewError extends DomainError {
  constructor(code: string, message: string, params: ErrorParams = {}, field?: string) {
    super('invalid', code, message, params, field);
    this.name = 'ReviewError';
  }

  override get messageKey(): string {
    return `review:errors.${this.code}`;
  }
}
