import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FakeGlossaryStore,
  GlossaryStoreError,
  dictionaryJson,
  entriesTsv,
  glossaryJson,
  parseEntries,
  type FakeDictionary,
  type FakeGlossary,
} from './fake-deepl-glossaries';

/**
 * A stand-in for the DeepL API on 127.0.0.1, speaking the wire format that
 * deepl-node 1.28 uses (form-encoded bodies; JSON bodies are accepted too).
 * Translations are deterministic: "[EN] " + the text, with glossary terms
 * replaced by their targets, so tests can see which glossary was applied.
 */

export type Params = Record<string, string[]>;

export interface RecordedRequest {
  method: string;
  path: string;
  params: Params;
  texts: string[];
  contentType: string;
  bodyBytes: number;
  /** 0 while the request is still unanswered. */
  status: number;
  billedCharacters: number;
  /** Date.now() when the request arrived and when it was answered (0 until then), to tell whether requests overlapped. */
  receivedAt: number;
  answeredAt: number;
}

export interface FakeDeepLOptions {
  authKey?: string;
  characterLimit?: number;
  /** Glossary language pairs to advertise, lower-case [source, target]. */
  glossaryPairs?: Array<[string, string]>;
}

export type FailStatus = 403 | 429 | 456 | 500 | 503;

export interface FakeDeepL {
  url: string;
  authKey: string;
  requests: RecordedRequest[];
  glossaries(): FakeGlossary[];
  /** The next `times` requests (any endpoint) answer with `status`. */
  failNext(status: FailStatus, times?: number): void;
  /** Delay every answer by `ms`, never answer (true), or answer at once again (false / 0). */
  hang(delay: number | boolean): void;
  /** Stop accepting connections (new ones are refused) until acceptConnections(). */
  refuseConnections(): Promise<void>;
  acceptConnections(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 128 * 1024;
const MAX_TEXTS = 50;
const DEFAULT_PAIRS: Array<[string, string]> = [
  ['id', 'en'],
  ['en', 'id'],
  ['de', 'en'],
  ['en', 'de'],
];

interface Reply {
  status: number;
  body?: unknown;
}

interface State {
  options: Required<FakeDeepLOptions>;
  glossaries: FakeGlossaryStore;
  characterCount: number;
  failures: FailStatus[];
  delay: number | true;
  timers: Set<NodeJS.Timeout>;
}

export async function startFakeDeepL(options: FakeDeepLOptions = {}): Promise<FakeDeepL> {
  const state: State = {
    options: {
      authKey: options.authKey ?? 'test-key',
      characterLimit: options.characterLimit ?? 500_000,
      glossaryPairs: options.glossaryPairs ?? DEFAULT_PAIRS,
    },
    glossaries: new FakeGlossaryStore(),
    characterCount: 0,
    failures: [],
    delay: 0,
    timers: new Set(),
  };
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(state, requests, req, res);
  });
  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    authKey: state.options.authKey,
    requests,
    glossaries: () => state.glossaries.list(),
    failNext(status, times = 1) {
      for (let i = 0; i < times; i++) state.failures.push(status);
    },
    hang(delay) {
      state.delay = delay === true ? true : delay === false ? 0 : delay;
    },
    async refuseConnections() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async acceptConnections() {
      await listen(server, port);
    },
    async stop() {
      for (const timer of state.timers) clearTimeout(timer);
      server.closeAllConnections();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function handle(state: State, requests: RecordedRequest[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://fake');
  const contentType = String(req.headers['content-type'] ?? '');
  const params = mergeParams(paramsFromQuery(url.searchParams), paramsFromBody(body, contentType));
  const record: RecordedRequest = {
    method: req.method ?? 'GET',
    path: url.pathname,
    params,
    texts: params.text ?? [],
    contentType,
    bodyBytes: body.length,
    status: 0,
    billedCharacters: 0,
    receivedAt: Date.now(),
    answeredAt: 0,
  };
  requests.push(record);
  if (state.delay === true) return;
  if (state.delay > 0) await sleep(state, state.delay);
  const reply = answer(state, req, record);
  record.status = reply.status;
  record.answeredAt = Date.now();
  send(res, reply);
}

function answer(state: State, req: IncomingMessage, record: RecordedRequest): Reply {
  const failure = state.failures.shift();
  if (failure !== undefined) return { status: failure, body: { message: `Simulated failure ${failure}` } };
  if (req.headers.authorization !== `DeepL-Auth-Key ${state.options.authKey}`) {
    return { status: 403, body: { message: 'Wrong authentication key' } };
  }
  try {
    return route(state, record);
  } catch (error) {
    if (error instanceof GlossaryStoreError) return { status: error.status, body: { message: error.message } };
    throw error;
  }
}

function route(state: State, record: RecordedRequest): Reply {
  const { method, path, params } = record;
  const glossaryPath = /^\/v3\/glossaries\/([^/]+)(\/entries|\/dictionaries)?$/.exec(path);
  if (method === 'POST' && path === '/v2/translate') return translate(state, record);
  if (method === 'GET' && path === '/v2/usage') {
    return { status: 200, body: { character_count: state.characterCount, character_limit: state.options.characterLimit } };
  }
  if (method === 'GET' && path === '/v2/glossary-language-pairs') {
    const pairs = state.options.glossaryPairs.map(([source_lang, target_lang]) => ({ source_lang, target_lang }));
    return { status: 200, body: { supported_languages: pairs } };
  }
  if (method === 'POST' && path === '/v3/glossaries') return createGlossary(state, params);
  if (method === 'GET' && path === '/v3/glossaries') {
    return { status: 200, body: { glossaries: state.glossaries.list().map(glossaryJson) } };
  }
  if (glossaryPath) return glossaryRoute(state, method, glossaryPath[1]!, glossaryPath[2], params);
  return { status: 404, body: { message: `No route for ${method} ${path}` } };
}

function glossaryRoute(state: State, method: string, id: string, sub: string | undefined, params: Params): Reply {
  const store = state.glossaries;
  if (sub === undefined && method === 'GET') return { status: 200, body: glossaryJson(store.get(id)) };
  if (sub === undefined && method === 'DELETE') {
    store.delete(id);
    return { status: 204 };
  }
  if (sub === undefined && method === 'PATCH') {
    if (params.name?.[0]) store.rename(id, params.name[0]);
    for (const dictionary of dictionariesFrom(params)) store.mergeDictionary(id, dictionary);
    return { status: 200, body: glossaryJson(store.get(id)) };
  }
  if (sub === '/dictionaries' && method === 'PUT') {
    const dictionary = store.replaceDictionary(id, dictionaryFrom(params, ''));
    return { status: 200, body: dictionaryJson(dictionary) };
  }
  if (sub === '/dictionaries' && method === 'DELETE') {
    store.deleteDictionary(id, first(params, 'source_lang'), first(params, 'target_lang'));
    return { status: 204 };
  }
  if (sub === '/entries' && method === 'GET') {
    const source = first(params, 'source_lang');
    const target = first(params, 'target_lang');
    const dictionaries = store.get(id).dictionaries.filter((d) => d.sourceLang === source && d.targetLang === target);
    const body = dictionaries.map((d) => ({ ...dictionaryJson(d), entries: entriesTsv(d), entries_format: 'tsv' }));
    return { status: 200, body: { dictionaries: body } };
  }
  return { status: 405, body: { message: `Method ${method} not allowed` } };
}

function createGlossary(state: State, params: Params): Reply {
  const glossary = state.glossaries.create(params.name?.[0] ?? '', dictionariesFrom(params));
  return { status: 201, body: glossaryJson(glossary) };
}

function dictionariesFrom(params: Params): FakeDictionary[] {
  const dictionaries: FakeDictionary[] = [];
  for (let i = 0; params[`dictionaries[${i}].source_lang`]; i++) dictionaries.push(dictionaryFrom(params, `dictionaries[${i}].`));
  return dictionaries;
}

function dictionaryFrom(params: Params, prefix: string): FakeDictionary {
  return {
    sourceLang: first(params, `${prefix}source_lang`).toLowerCase(),
    targetLang: first(params, `${prefix}target_lang`).toLowerCase(),
    entries: parseEntries(params[`${prefix}entries`]?.[0] ?? '', params[`${prefix}entries_format`]?.[0] ?? 'tsv'),
  };
}

function first(params: Params, name: string): string {
  const value = params[name]?.[0];
  if (!value) throw new GlossaryStoreError(400, `Value for '${name}' not provided`);
  return value;
}

function translate(state: State, record: RecordedRequest): Reply {
  const { params, texts } = record;
  if (record.bodyBytes > MAX_BODY_BYTES) return { status: 413, body: { message: 'Request Entity Too Large' } };
  const targetLang = params.target_lang?.[0];
  if (!targetLang) return { status: 400, body: { message: "Value for 'target_lang' not provided" } };
  if (texts.length === 0) return { status: 400, body: { message: "Value for 'text' not provided" } };
  if (texts.length > MAX_TEXTS) return { status: 400, body: { message: `Too many texts, at most ${MAX_TEXTS}` } };
  const sourceLang = params.source_lang?.[0]?.toLowerCase();
  const glossaryId = params.glossary_id?.[0];
  let dictionary: FakeDictionary | undefined;
  if (glossaryId) {
    if (!sourceLang) return { status: 400, body: { message: 'Use of a glossary requires the source_lang parameter' } };
    if (!state.glossaries.has(glossaryId)) return { status: 400, body: { message: 'Invalid glossary_id' } };
    dictionary = state.glossaries.dictionaryFor(glossaryId, sourceLang, targetLang);
  }
  const billed = texts.reduce((sum, text) => sum + [...text].length, 0);
  if (state.characterCount + billed > state.options.characterLimit) {
    return { status: 456, body: { message: 'Quota Exceeded' } };
  }
  state.characterCount += billed;
  record.billedCharacters = billed;
  const showBilled = params.show_billed_characters?.[0] === '1' || params.show_billed_characters?.[0] === 'true';
  const translations = texts.map((text) => ({
    detected_source_language: (sourceLang ?? 'id').toUpperCase(),
    text: `[EN] ${applyGlossary(text, dictionary)}`,
    ...(showBilled ? { billed_characters: [...text].length } : {}),
    ...(params.model_type?.[0] ? { model_type_used: params.model_type[0] } : {}),
  }));
  return { status: 200, body: { translations } };
}

function applyGlossary(text: string, dictionary: FakeDictionary | undefined): string {
  if (!dictionary) return text;
  const sources = [...dictionary.entries.keys()].sort((a, b) => b.length - a.length);
  if (sources.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const lower = new Map([...dictionary.entries].map(([source, target]) => [source.toLowerCase(), target]));
  return text.replace(pattern, (match) => lower.get(match.toLowerCase()) ?? match);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function paramsFromQuery(search: URLSearchParams): Params {
  const params: Params = {};
  for (const [name, value] of search) (params[name] ??= []).push(value);
  return params;
}

function paramsFromBody(body: Buffer, contentType: string): Params {
  if (body.length === 0) return {};
  if (contentType.includes('application/json')) return paramsFromJson(JSON.parse(body.toString('utf8')) as Record<string, unknown>);
  return paramsFromQuery(new URLSearchParams(body.toString('utf8')));
}

/** JSON lists of objects (v3 `dictionaries`) become the `name[i].field` keys the form body uses. */
function paramsFromJson(json: Record<string, unknown>): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(json)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      if (item !== null && typeof item === 'object') {
        for (const [field, inner] of Object.entries(item)) (params[`${name}[${i}].${field}`] ??= []).push(String(inner));
      } else {
        (params[name] ??= []).push(String(item));
      }
    });
  }
  return params;
}

function mergeParams(a: Params, b: Params): Params {
  const merged: Params = { ...a };
  for (const [name, values] of Object.entries(b)) merged[name] = [...(merged[name] ?? []), ...values];
  return merged;
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    res.writeHead(reply.status).end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' }).end(payload);
}

function sleep(state: State, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      resolve();
    }, ms);
    state.timers.add(timer);
  });
}
