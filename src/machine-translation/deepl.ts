import { normalizeText } from '../core/text/index';
import type { DeepLClient, ModelType, TextResult } from 'deepl-node';
import { deeplNode } from './deepl-package';
import type {
  GlossaryEntry,
  GlossaryRef,
  TranslationRequest,
  TranslationResult,
  Translator,
  Usage,
} from '../core/machine-translation/types';
import { TranslationError } from '../core/machine-translation/errors';
import { toTranslationError, type ErrorContext } from './deepl-errors';
import { DeepLGlossarySync } from './deepl-glossary';

export interface DeepLTranslatorOptions {
  authKey: string;
  /** Defaults to DeepL's Free or Pro server, chosen by deepl-node from the key. */
  serverUrl?: string;
  /**
   * Attempts per HTTP request, counting the first one (deepl-node's meaning of
   * maxRetries). Only 429, 5xx and timeouts/resets are retried; a refused
   * connection is not.
   */
  maxRetries?: number;
  /** Per-attempt timeout. deepl-node waits at least about a second on the first attempt whatever this says. */
  timeoutMs?: number;
  glossaryName?: string;
  modelType?: ModelType;
  /** Keep DeepL from "fixing" punctuation and capitals at sentence edges; on by default so English mirrors the source. */
  preserveFormatting?: boolean;
}

export interface DeepLTranslator extends Translator {
  syncGlossary(entries: GlossaryEntry[], previous?: GlossaryRef | null): Promise<GlossaryRef | null>;
  dropGlossary(ref: GlossaryRef): Promise<void>;
}

const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_TIMEOUT_MS = 15_000;
const SOURCE_LANG = 'id';

export function createDeepLTranslator(options: DeepLTranslatorOptions): DeepLTranslator {
  if (!options.authKey) {
    throw new TranslationError('auth', 'No DeepL authentication key is set. Put the key from the DeepL account page in DEEPL_AUTH_KEY.');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new (deeplNode().DeepLClient)(options.authKey, {
    serverUrl: options.serverUrl,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    minTimeout: timeoutMs,
    appInfo: { appName: 'sejajar', appVersion: '0.1.0' },
  });
  const errorContext: ErrorContext = { serverUrl: options.serverUrl ?? 'the default DeepL server', timeoutMs };
  const glossaries = new DeepLGlossarySync(client, options.glossaryName ?? 'sejajar id→en');
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toTranslationError(error, errorContext);
    }
  };

  return {
    engine: 'deepl',
    translate: (request) => guarded(() => translateBatch(client, request, options)),
    usage: () => guarded(() => readUsage(client)),
    syncGlossary: (entries, previous) => guarded(() => glossaries.sync(entries, previous)),
    dropGlossary: (ref) => guarded(() => glossaries.drop(ref)),
  };
}

async function translateBatch(
  client: DeepLClient,
  request: TranslationRequest,
  options: DeepLTranslatorOptions,
): Promise<TranslationResult[]> {
  if (request.texts.length === 0) return [];
  const blank = request.texts.findIndex((text) => text.trim().length === 0);
  if (blank >= 0) throw new TranslationError('bad_request', `Text ${blank} of the request is empty; leave blank paragraphs out of requests.`);
  const results = await client.translateText(request.texts, SOURCE_LANG, request.targetLang, {
    context: request.context,
    glossary: request.glossaryId,
    // One text is one paragraph: split it into sentences at punctuation only,
    // so a stray line break inside a paragraph does not cut a sentence.
    splitSentences: 'nonewlines',
    preserveFormatting: options.preserveFormatting ?? true,
    modelType: options.modelType,
  });
  if (results.length !== request.texts.length) {
    throw new TranslationError('server', `DeepL returned ${results.length} translations for ${request.texts.length} texts. Try again later.`);
  }
  return results.map(toResult);
}

/** DeepL's English enters the library here, so it passes the same intake as text a person imports. */
function toResult(result: TextResult): TranslationResult {
  return {
    text: normalizeText(result.text),
    billedCharacters: result.billedCharacters,
    detectedSourceLang: result.detectedSourceLang.toLowerCase(),
    model: result.modelTypeUsed,
  };
}

async function readUsage(client: DeepLClient): Promise<Usage> {
  const usage = await client.getUsage();
  const characters = usage.character;
  return {
    characterCount: characters?.count ?? 0,
    characterLimit: characters?.limit ?? null,
    limitReached: characters?.limitReached() ?? false,
  };
}

/**
 * Options from DEEPL_AUTH_KEY and DEEPL_SERVER_URL (the names error messages
 * point people to), or null when no key is set and DeepL cannot be used.
 */
export function deeplOptionsFromEnv(env: Record<string, string | undefined>): DeepLTranslatorOptions | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const serverUrl = env.DEEPL_SERVER_URL?.trim();
  return { authKey, serverUrl: serverUrl ? serverUrl : undefined };
}
