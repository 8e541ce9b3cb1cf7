import { DomainError, type ErrorParams } from '../errors';

/** A search or memory request that cannot be answered as asked; its message lives under `search:errors.`. */
export class SearchError extends DomainError {
  constructor(code: string, message: string, params: ErrorParams = {}) {
    super('invalid', code, message, params);
    this.name = 'SearchError';
  }

  override get messageKey(): string {
    return `search:errors.${this.code}`;
  }
}
