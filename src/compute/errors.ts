import { DomainError, type ErrorKind, type ErrorParams } from '../core/errors';
import { TmxError } from '../core/exchange/index';
import { InputError, type InputErrorCode } from '../import/input-error';
import { FormatError, type FormatErrorCode } from '../import/formats/blocks';

/**
 * A refusal thrown in a worker thread, as it crosses to the main thread.
 * Structured cloning keeps an error's message but not its class or its own
 * fields, so a DomainError travels as this plain object and is built again
 * on the other side: the web layer then answers it exactly as if the work
 * had run on the main thread.
 */
export interface PlainDomainError {
  name: string;
  kind: ErrorKind;
  code: string;
  message: string;
  params: ErrorParams;
  field?: string;
}

export function plainDomainError(err: DomainError): PlainDomainError {
  return { name: err.name, kind: err.kind, code: err.code, message: err.message, params: { ...err.params }, field: err.field };
}

/** The classes a task may throw, by name; any other DomainError comes back as a DomainError of the same kind and code. */
const REBUILD: Record<string, (e: PlainDomainError) => DomainError> = {
  InputError: (e) => new InputError(e.code as InputErrorCode, e.message, e.field ?? '', e.params),
  TmxError: (e) => new TmxError(e.code as ConstructorParameters<typeof TmxError>[0], e.message),
  FormatError: (e) => new FormatError(e.code as FormatErrorCode, e.message, e.field ?? '', e.params),
};

export function rebuildDomainError(plain: PlainDomainError): DomainError {
  const rebuild = REBUILD[plain.name];
  if (rebuild) return rebuild(plain);
  const err = new DomainError(plain.kind, plain.code, plain.message, plain.params, plain.field);
  err.name = plain.name;
  return err;
}
