import type { ConnectionError, DeepLError } from 'deepl-node';
import { TranslationError } from '../core/machine-translation/errors';
import { deeplNode } from './deepl-package';

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

export interface ErrorContext {
  serverUrl: string;
  timeoutMs: number;
}

/** Turns whatever deepl-node threw into a TranslationError that says what to do. */
export function toTranslationError(error: unknown, context: ErrorContext): TranslationError {
  if (error instanceof TranslationError) return error;
  const { ArgumentError, AuthorizationError, ConnectionError, DeepLError, GlossaryNotFoundError, QuotaExceededError, TooManyRequestsError } = deeplNode();
  if (error instanceof AuthorizationError) {
    return new TranslationError(
      'auth',
      'DeepL refused the authentication key (HTTP 403). Check DEEPL_AUTH_KEY: copy the key from the DeepL account page; ' +
        "keys ending in ':fx' only work with the DeepL API Free server.",
      { status: 403, cause: error },
    );
  }
  if (error instanceof QuotaExceededError) {
    return new TranslationError(
      'quota',
      'The DeepL character quota for this billing period is used up (HTTP 456). Raise the cost limit or upgrade the plan ' +
        'in the DeepL account, or wait for the next billing period; translations finished so far are kept.',
      { status: 456, cause: error },
    );
  }
  if (error instanceof TooManyRequestsError) {
    return new TranslationError(
      'rate_limit',
      'DeepL is refusing requests because too many were sent (HTTP 429). Try again in a minute, or lower the number of ' +
        'translation requests run in parallel.',
      { status: 429, cause: error },
    );
  }
  if (error instanceof ConnectionError) return fromConnectionError(error, context);
  if (error instanceof GlossaryNotFoundError) {
    return new TranslationError(
      'bad_request',
      'DeepL no longer knows the glossary (HTTP 404). Synchronise the glossary again so that a new one is created.',
      { status: 404, cause: error },
    );
  }
  if (error instanceof ArgumentError) {
    return new TranslationError('bad_request', `The translation request was invalid before it was sent: ${error.message}.`, {
      cause: error,
    });
  }
  if (error instanceof DeepLError) return fromStatusMessage(error);
  return new TranslationError('server', `Translation failed unexpectedly: ${describe(error)}.`, { cause: error });
}

function fromConnectionError(error: ConnectionError, context: ErrorContext): TranslationError {
  const code = (error.error as { code?: string } | undefined)?.code;
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return new TranslationError(
      'timeout',
      `DeepL did not answer within ${context.timeoutMs} ms (${code}). The service may be slow or the network congested; ` +
        'try again later, or raise the translation timeout.',
      { cause: error },
    );
  }
  return new TranslationError(
    'network',
    `Could not reach DeepL at ${context.serverUrl} (${code ?? error.message}). Check the network connection and, ` +
      'if set, DEEPL_SERVER_URL.',
    { cause: error },
  );
}

/** deepl-node keeps the HTTP status only in the message of a plain DeepLError. */
export function statusFromMessage(message: string): number | undefined {
  if (message.startsWith('Bad request')) return 400;
  if (message.startsWith('Not found')) return 404;
  if (message.startsWith('Service unavailable')) return 503;
  const match = /Unexpected status code: (\d{3})/.exec(message);
  return match ? Number(match[1]) : undefined;
}

function fromStatusMessage(error: DeepLError): TranslationError {
  const status = statusFromMessage(error.message);
  if (status === 413) {
    return new TranslationError(
      'bad_request',
      'DeepL refused the request as too large (HTTP 413). Send fewer or shorter texts per request (planBatches keeps ' +
        'requests under 128 KiB).',
      { status, cause: error },
    );
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new TranslationError(
      'bad_request',
      `DeepL rejected the request (HTTP ${status}): ${error.message}. This is a fault in the request, not in the account; ` +
        'retrying will not help.',
      { status, cause: error },
    );
  }
  const shown = status === undefined ? 'an unreadable answer' : `HTTP ${status}`;
  return new TranslationError(
    'server',
    `DeepL had a problem on its side (${shown}). Try again in a few minutes; if it persists, check the DeepL status page.`,
    { status, cause: error },
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
