/**
 * Answers that are the same for every visitor (the anonymous reader page, a document's JSON) kept
 * as ready bytes: encoded once, hashed once for a strong ETag, compressed once per encoding on
 * first demand. A request then costs the checks that decide which entry applies (the document
 * loader and the stamp) and one write; a revalidation with a matching ETag costs no body at all.
 *
 * Entries live under a key the caller builds only from things that exist (a document the loader
 * found, a supported language), so visitors cannot make the cache grow by inventing URLs, and
 * under a stamp (the document's revision counter, the glossary version): a new stamp replaces the
 * entry. The whole cache, compressed copies included, stays under a byte bound; the least
 * recently used entries go first.
 */
import { createHash, type Hash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';
import { ANONYMOUS_CSRF_COOKIE } from './auth/cookies';

export type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5 of 11: about gzip's speed with a clearly smaller result; 11 takes seconds on a long document.
  br: (body) =>
    promisify(zlib.brotliCompress)(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(zlib.gzip)(body, { level: 6 }),
};

export class CachedAnswer {
  readonly etag: string;
  private readonly compressed = new Map<Encoding, Promise<Buffer>>();
  private readonly values = new Map<string, unknown>();
  /** Bytes held: the body and every compressed copy made so far. */
  bytes: number;

  constructor(
    built: Buffer | WrittenBody,
    readonly contentType: string,
    private readonly grew: (answer: CachedAnswer, bytes: number) => void = () => {},
  ) {
    const written = Buffer.isBuffer(built) ? { body: built, etag: strongEtag(built) } : built;
    this.body = written.body;
    this.etag = written.etag;
    this.bytes = this.body.length;
  }

  readonly body: Buffer;

  /** An answer known by its ETag alone, for a client that holds it: sendAnswer answers 304 and never reads the body. */
  static etagOnly(etag: string, contentType: string): CachedAnswer {
    return new CachedAnswer({ body: Buffer.alloc(0), etag }, contentType);
  }

  /** A value kept with the answer under `name` (see keep), if there is one. */
  kept<T>(name: string): T | undefined {
    return this.values.get(name) as T | undefined;
  }

  /**
   * Keeps a value made for this answer (its document as JSON values, for parts) as long as the
   * answer, counted as `bytes` more of the cache's memory. A value kept again under the same name
   * is not counted twice.
   */
  keep(name: string, value: unknown, bytes: number): void {
    if (this.values.has(name)) return;
    this.values.set(name, value);
    this.grew(this, bytes);
  }

  /** The body in an encoding, compressed on first demand (off the event loop, by zlib's threads). */
  encoded(encoding: Encoding): Promise<Buffer> {
    let copy = this.compressed.get(encoding);
    if (!copy) {
      copy = compressors[encoding](this.body);
      this.compressed.set(encoding, copy);
      copy.then(
        (bytes) => this.grew(this, bytes.length),
        () => this.compressed.delete(encoding),
      );
    }
    return copy;
  }
}

export function strongEtag(body: Buffer): string {
  return etagOf(createHash('sha256').update(body));
}

const etagOf = (hash: Hash) => `"${hash.digest('base64url').slice(0, 27)}"`;

/** A body with its ETag, hashed as it was written. */
export interface WrittenBody {
  body: Buffer;
  etag: string;
}

/** Characters gathered before they are encoded and hashed as one piece. */
const PIECE_CHARS = 64 * 1024;

/**
 * A long answer (a whole document's JSON) written a piece at a time: each piece is encoded and
 * hashed as it comes, so that neither the encoding nor the ETag holds the event loop for the
 * whole body; the writer in between lets the loop turn (event-loop-slices.ts). The ETag is the
 * one `strongEtag` gives the same bytes.
 */
export class BodyWriter {
  private readonly hash = createHash('sha256');
  private readonly pieces: Buffer[] = [];
  private gathered: string[] = [];
  private chars = 0;

  write(text: string): void {
    this.gathered.push(text);
    this.chars += text.length;
    if (this.chars >= PIECE_CHARS) this.encode();
  }

  finish(): WrittenBody {
    this.encode();
    return { body: Buffer.concat(this.pieces), etag: etagOf(this.hash) };
  }

  private encode(): void {
    if (this.gathered.length === 0) return;
    const piece = Buffer.from(this.gathered.join(''));
    this.hash.update(piece);
    this.pieces.push(piece);
    this.gathered = [];
    this.chars = 0;
  }
}

interface Entry {
  stamp: string;
  etag: string;
  /** Gone when the answer is larger than an entry may be: then only its ETag is kept. */
  answer?: CachedAnswer;
  /** Kept whole whatever its size (see GetOptions.keepLarge). */
  large: boolean;
}

export interface GetOptions {
  /** The request's If-None-Match: a client holding an answer kept by its ETag alone is answered with that alone. */
  ifNoneMatch?: string;
  /**
   * Keep the answer whole even past an entry's bound (still within the cache's): for parts of a long
   * document, cut from the whole, so that a client reading a book a range at a time does not have the
   * whole built again for every range.
   */
  keepLarge?: boolean;
}

/** What an entry that keeps only its ETag is counted as. */
const ETAG_ONLY_BYTES = 128;

/**
 * Answers built at once. A build reads the whole document and writes it out on the event
 * loop, so builds running side by side finish no sooner than one after another, but each
 * holds its document in memory meanwhile: eleven API documents of 20,000 paragraphs asked
 * for together took the server's memory past 500 MB. The rest wait their turn.
 */
const BUILDS_AT_ONCE = 2;

/** At most `limit` of the functions given run at once; the others start in the order they came. */
class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      // The turn passes straight to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<CachedAnswer>>();
  private readonly turns = new Turns(BUILDS_AT_ONCE);
  private held = 0;
  /** Lookups per kind of answer (the key's first part: reader, api) that found a ready answer, and that had to build one. */
  readonly lookups = new Map<string, { hits: number; misses: number }>();

  /**
   * `maxEntryBytes`: the largest answer kept whole (an eighth of the bound by default). A larger
   * one (the JSON of a 20,000-paragraph document is 10 MB) is built again when asked for, but its
   * ETag is kept, so a client that holds it still gets a 304 at once: otherwise a few such
   * documents, with their compressed copies, pushed every reader page out and took the server's
   * memory 50 MB higher.
   */
  constructor(
    readonly maxBytes: number,
    readonly maxEntryBytes = maxBytes / 8,
  ) {}

  /** Bytes held now, compressed copies included. */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The answer kept under key and stamp, or a new one from `build`. Visitors arriving together
   * (a burst after a restart or a save) wait for one build. The caller reads the stamp before
   * `build` reads the content, so an entry is never older than its stamp.
   */
  async get(key: string, stamp: string, contentType: string, build: () => Promise<Buffer | WrittenBody>, options: GetOptions = {}): Promise<CachedAnswer> {
    const cached = this.entries.get(key);
    const fresh = cached?.stamp === stamp;
    const held = fresh && cached.answer !== undefined;
    const revalidated = fresh && !held && matchesEtag(options.ifNoneMatch, cached.etag);
    this.count(key, held || revalidated);
    if (held || revalidated) {
      // Map order is the recency order: re-inserting makes it the most recent.
      this.entries.delete(key);
      this.entries.set(key, cached);
      // A client holding an answer kept by its ETag alone is told so (sendAnswer), without its bytes.
      return cached.answer ?? CachedAnswer.etagOnly(cached.etag, contentType);
    }
    const flightKey = `${key}\n${stamp}`;
    let pending = this.building.get(flightKey);
    if (!pending) {
      pending = this.turns
        .run(build)
        .then((body) => this.keep(key, stamp, new CachedAnswer(body, contentType, (answer, bytes) => this.grow(key, answer, bytes)), options.keepLarge ?? false))
        .finally(() => this.building.delete(flightKey));
      this.building.set(flightKey, pending);
    }
    return pending;
  }

  private count(key: string, hit: boolean): void {
    const cut = key.indexOf('|');
    const kind = cut < 0 ? key : key.slice(0, cut);
    let counts = this.lookups.get(kind);
    if (!counts) this.lookups.set(kind, (counts = { hits: 0, misses: 0 }));
    if (hit) counts.hits += 1;
    else counts.misses += 1;
  }

  private keep(key: string, stamp: string, answer: CachedAnswer, large: boolean): CachedAnswer {
    this.forget(key);
    const whole = large || answer.bytes <= this.maxEntryBytes;
    this.entries.set(key, { stamp, etag: answer.etag, answer: whole ? answer : undefined, large });
    this.held += whole ? answer.bytes : ETAG_ONLY_BYTES;
    this.trim(key);
    return answer;
  }

  /** A compressed copy or a derived value was made: count it, if its entry is still here; past the entry's bound only its ETag stays. */
  private grow(key: string, answer: CachedAnswer, bytes: number): void {
    answer.bytes += bytes;
    const entry = this.entries.get(key);
    if (entry?.answer !== answer) return;
    this.held += bytes;
    if (!entry.large && answer.bytes > this.maxEntryBytes) {
      entry.answer = undefined;
      this.held += ETAG_ONLY_BYTES - answer.bytes;
    }
    this.trim(key);
  }

  /** Drops the least recently used entries until the bound holds; one entry larger than the bound is dropped too. */
  private trim(newest: string): void {
    for (const key of this.entries.keys()) {
      if (this.held <= this.maxBytes) return;
      if (key !== newest) this.forget(key);
    }
    if (this.held > this.maxBytes) this.forget(newest);
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.answer?.bytes ?? ETAG_ONLY_BYTES;
  }
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else none. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  let gzip = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name!.trim().toLowerCase();
    if (coding !== 'br' && coding !== 'gzip') continue;
    const refused = params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/i.test(p));
    if (refused) continue;
    if (coding === 'br') return 'br';
    gzip = true;
  }
  return gzip ? 'gzip' : null;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for this header). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return (t.startsWith('W/') ? t.slice(2) : t) === etag;
  });
}

export interface SendOptions {
  cacheControl: string;
  /** Request headers besides Accept-Encoding that choose the answer. */
  vary?: string;
}

/**
 * Sends a kept answer: 304 when the client holds it, else the bytes in the best encoding it
 * accepts. Written with res.end, so Express does not hash the body again for its own ETag.
 */
export async function sendAnswer(req: Request, res: Response, answer: CachedAnswer, options: SendOptions): Promise<void> {
  res.setHeader('ETag', answer.etag);
  res.setHeader('Cache-Control', options.cacheControl);
  res.setHeader('Vary', options.vary ? `Accept-Encoding, ${options.vary}` : 'Accept-Encoding');
  if (matchesEtag(req.headers['if-none-match'], answer.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const body = encoding ? await answer.encoded(encoding) : answer.body;
  res.setHeader('Content-Type', answer.contentType);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

export const PUBLIC = 'public, max-age=0, must-revalidate';

/**
 * The Cache-Control of an answer that is the same for every visitor. A shared cache (a proxy) may
 * keep it, but must ask again every time (a save, or the document turning private, changes the
 * answer), which the ETag makes cheap. An anonymous CSRF cookie (made only when something read
 * the token, see auth/csrf.ts) is withdrawn: such an answer has no form that needs it, and a proxy
 * must not keep one visitor's cookie. An answer still setting a cookie (a language chosen with ?lng=) is for this browser only.
 */
export function sharedCacheControl(res: Response): string {
  const prefix = `${ANONYMOUS_CSRF_COOKIE}=`;
  const set = res.getHeader('Set-Cookie');
  const cookies = (Array.isArray(set) ? set : set === undefined ? [] : [String(set)]).filter((c) => !c.startsWith(prefix));
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  else res.removeHeader('Set-Cookie');
  return cookies.length > 0 ? 'private, no-cache' : PUBLIC;
}
