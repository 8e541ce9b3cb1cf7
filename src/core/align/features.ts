/**
 * Per-unit evidence computed once per document: each unit becomes a set of
 * integer keys (lexicon translations, cognate spellings, numbers,
 * punctuation) with document-specific weights, plus its length.
 */
import { cognateKey, MAX_COGNATE_WORD } from './cognates';
import { englishHeadword, translate, type Lexicon } from './lexicon';
import { mayHoldNumbers, numberKeys, type Lang } from './numbers';
import { punctuationKeys } from './punctuation';
import { sentenceSpans, timeKeys, type SideTimes, type TimeSpan } from './times';

export interface SideFeatures {
  readonly count: number;
  /** Keys of unit u are keys[offsets[u] .. offsets[u+1]), sorted ascending, unique. */
  readonly offsets: Int32Array;
  readonly keys: Int32Array;
  /** For each entry of `keys`: 1 when the previous unit holds the same key. */
  readonly sharedWithPrevious: Uint8Array;
  /** Sum of the weights of the unit's keys. */
  readonly mass: Float64Array;
  /** Length in characters. */
  readonly length: Float64Array;
}

export interface Features {
  readonly source: SideFeatures;
  readonly target: SideFeatures;
  /** Weight of each key id; 0 for keys too common to tell units apart. */
  readonly weight: Float64Array;
  /** For each key, the target units holding it: postingUnits[postingOffsets[k] .. postingOffsets[k+1]). */
  readonly postingOffsets: Int32Array;
  readonly postingUnits: Int32Array;
  /** How many source / target units hold each key. */
  readonly sourceDf: Int32Array;
  readonly targetDf: Int32Array;
}

/** Latin letters (with accents) joined by hyphens or apostrophes; applied to lower-cased text. */
const WORD = /[a-z\u00df-\u024f\u0300-\u036f]+(?:[-'’][a-z\u00df-\u024f\u0300-\u036f]+)*/g;

/** Frequent words whose four-letter spellings would pose as cognates. */
const NOT_COGNATES = new Set([
  'that', 'with', 'this', 'have', 'from', 'they', 'were', 'which', 'their', 'there', 'been', 'will',
  'would', 'about', 'when', 'what', 'also', 'into', 'some', 'than', 'them', 'then', 'these', 'other',
  'only', 'more', 'most', 'such', 'after', 'where', 'while', 'could', 'should', 'being', 'before',
  'yang', 'dengan', 'untuk', 'dalam', 'pada', 'dari', 'akan', 'tidak', 'adalah', 'juga', 'telah',
  'sudah', 'atau', 'oleh', 'bahwa', 'karena', 'mereka', 'tersebut', 'saat', 'lebih', 'para', 'bisa',
  'dapat', 'harus', 'masih', 'seperti', 'kata', 'main', 'orang', 'hari', 'lain', 'sama', 'semua',
]);

/** By key type: number, date, clock time, month, punctuation, cognate, word, time slot (times.ts). */
const TYPE_WEIGHT: Record<string, number> = { n: 2, d: 2, t: 2, m: 1.5, p: 0.7, c: 1, w: 0.8, s: 1 };

/**
 * Longer words are opaque: no word list holds them and they are no
 * cognates (a pasted blob, an address, one key held down), and they are
 * neither looked up nor cached, so each costs one scan however long it is.
 */
const MAX_WORD_LENGTH = MAX_COGNATE_WORD;

function wordKeys(token: string, lang: Lang, lexicon: Lexicon): string[] {
  const keys: string[] = [];
  if (lang === 'id') {
    const translations = translate(lexicon, token);
    if (translations) for (let x = 0; x < translations.length; x++) keys.push(`w:${translations[x]}`);
  } else {
    const head = englishHeadword(lexicon, token);
    if (head) keys.push(`w:${head}`);
  }
  const parts = token.split(/[-'’]/);
  for (let x = 0; x < parts.length; x++) {
    const part = parts[x]!;
    if (NOT_COGNATES.has(part)) continue;
    const c = cognateKey(part, lang);
    if (c) keys.push(`c:${c}`);
  }
  return keys;
}

/** Word keys depend only on the word, language and word list, so they are shared between documents. */
const wordKeyCache = new WeakMap<Lexicon, Record<Lang, Map<string, string[]>>>();
/** Bounds the shared cache for long-running processes. */
const MAX_CACHED_WORDS = 200_000;

function cachedWordKeys(token: string, lang: Lang, lexicon: Lexicon): string[] {
  let byLang = wordKeyCache.get(lexicon);
  if (!byLang) {
    byLang = { id: new Map(), en: new Map() };
    wordKeyCache.set(lexicon, byLang);
  }
  const cache = byLang[lang];
  let keys = cache.get(token);
  if (!keys) {
    keys = wordKeys(token, lang, lexicon);
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(token, keys);
  }
  return keys;
}

/** Distinct texts remembered per side; past this, repeated texts are read again. */
const MAX_REMEMBERED_UNITS = 100_000;
/** Lists up to this long are sorted in place, sparing a view object per unit. */
const INSERTION_SORT_MAX = 32;

/**
 * Turns texts into key-id lists, sharing one key dictionary and one token
 * cache per language. The lists are held end to end in one pool, unit k's
 * at pool[start[k] .. end[k]): a typed array per unit, and the garbage it
 * leaves, cost more than reading the words on half a million short
 * sentences. A text read before (a repeated sentence, a paragraph of one
 * sentence) shares the earlier unit's list.
 */
class KeyCollector {
  private readonly cache = new Map<string, number[]>();
  private readonly units = new Map<string, number>();
  private readonly buffer: number[] = [];
  /** seen[id] === stamp when key id is already in the unit being read. */
  private seen: Int32Array = new Int32Array(1024);
  private stamp = 0;
  pool: Int32Array = new Int32Array(1024);
  private used = 0;
  readonly start: number[] = [];
  readonly end: number[] = [];

  constructor(private readonly lang: Lang, private readonly lexicon: Lexicon, private readonly ids: Map<string, number>) {}

  /** Reads one unit, with the time it is shown at if it has one; returns its index. */
  add(text: string, span?: TimeSpan | null): number {
    const unit = this.start.length;
    // A unit with a time is its text at that time: a line said twice in a film is two units.
    const known = span ? undefined : this.units.get(text);
    if (known !== undefined) {
      this.start.push(this.start[known]!);
      this.end.push(this.end[known]!);
      return unit;
    }
    if (!span && this.units.size < MAX_REMEMBERED_UNITS) this.units.set(text, unit);
    this.collect(text);
    if (span) this.pushAll(timeKeys(span));
    this.start.push(this.used);
    this.keepSortedUnique();
    this.end.push(this.used);
    return unit;
  }

  private collect(text: string): void {
    const lower = text.toLowerCase();
    const ids = this.buffer;
    ids.length = 0;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) {
      const token = match[0];
      if (token.length > MAX_WORD_LENGTH) continue;
      let cached = this.cache.get(token);
      if (!cached) {
        cached = cachedWordKeys(token, this.lang, this.lexicon).map((k) => this.id(k));
        this.cache.set(token, cached);
      }
      for (let x = 0; x < cached.length; x++) ids.push(cached[x]!);
    }
    if (mayHoldNumbers(lower)) this.pushAll(numberKeys(lower, this.lang));
    this.pushAll(punctuationKeys(text));
  }

  /** Appends the buffer's distinct ids to the pool, ascending. */
  private keepSortedUnique(): void {
    const ids = this.buffer;
    if (this.seen.length < this.ids.size) this.seen = grow(this.seen, this.ids.size);
    if (this.pool.length < this.used + ids.length) this.pool = grow(this.pool, this.used + ids.length);
    const stamp = ++this.stamp;
    const from = this.used;
    let to = from;
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x]!;
      if (this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      this.pool[to++] = id;
    }
    if (to - from <= INSERTION_SORT_MAX) insertionSort(this.pool, from, to);
    else this.pool.subarray(from, to).sort();
    this.used = to;
  }

  private pushAll(keys: readonly string[]): void {
    for (let x = 0; x < keys.length; x++) this.buffer.push(this.id(keys[x]!));
  }

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

function grow(array: Int32Array, atLeast: number): Int32Array {
  const grown = new Int32Array(Math.max(atLeast, 2 * array.length));
  grown.set(array);
  return grown;
}

function insertionSort(values: Int32Array, from: number, to: number): void {
  for (let x = from + 1; x < to; x++) {
    const v = values[x]!;
    let y = x - 1;
    while (y >= from && values[y]! > v) {
      values[y + 1] = values[y]!;
      y--;
    }
    values[y + 1] = v;
  }
}

/** Units of one side and level, as indices into a collector's lists. */
interface UnitLists {
  readonly collector: KeyCollector;
  readonly units: readonly number[];
}

function toSide({ collector, units }: UnitLists, texts: readonly string[]): Omit<SideFeatures, 'mass'> {
  const { pool, start, end } = collector;
  const offsets = new Int32Array(units.length + 1);
  for (let u = 0; u < units.length; u++) offsets[u + 1] = offsets[u]! + end[units[u]!]! - start[units[u]!]!;
  const keys = new Int32Array(offsets[units.length]!);
  for (let u = 0; u < units.length; u++) {
    const from = start[units[u]!]!;
    const shift = offsets[u]! - from;
    for (let x = from; x < end[units[u]!]!; x++) keys[shift + x] = pool[x]!;
  }
  const length = new Float64Array(texts.length);
  texts.forEach((t, u) => { length[u] = Math.max(1, t.trim().length); });
  return { count: units.length, offsets, keys, sharedWithPrevious: sharedWithPrevious(offsets, keys), length };
}

function sharedWithPrevious(offsets: Int32Array, keys: Int32Array): Uint8Array {
  const flags = new Uint8Array(keys.length);
  for (let u = 1; u + 1 < offsets.length; u++) {
    let x = offsets[u - 1]!;
    const xEnd = offsets[u]!;
    for (let y = offsets[u]!; y < offsets[u + 1]!; y++) {
      const k = keys[y]!;
      while (x < xEnd && keys[x]! < k) x++;
      if (x < xEnd && keys[x] === k) flags[y] = 1;
    }
  }
  return flags;
}

function documentFrequency(side: Omit<SideFeatures, 'mass'>, keyCount: number): Int32Array {
  const df = new Int32Array(keyCount);
  for (let i = 0; i < side.keys.length; i++) df[side.keys[i]!]!++;
  return df;
}

/** Keys found in more than this share of a long document's units say nothing about which unit is which. */
const COMMON_SHARE = 0.4;
/** Keys only one language uses still count against a pairing, but less. */
const ONE_SIDED = 0.3;

function keyWeights(names: string[], sourceDf: Int32Array, targetDf: Int32Array, units: number): Float64Array {
  const weight = new Float64Array(names.length);
  for (let k = 0; k < names.length; k++) {
    const df = sourceDf[k]! + targetDf[k]!;
    // df is 0 for a key only the other level of a document holds.
    if (df === 0 || (units >= 20 && df > COMMON_SHARE * units)) continue;
    const idf = Math.log((units + 1) / df);
    const oneSided = sourceDf[k] === 0 || targetDf[k] === 0 ? ONE_SIDED : 1;
    weight[k] = Math.max(0.1, idf) * (TYPE_WEIGHT[names[k]![0]!] ?? 1) * oneSided;
  }
  return weight;
}

function withMass(side: Omit<SideFeatures, 'mass'>, weight: Float64Array): SideFeatures {
  const mass = new Float64Array(side.count);
  for (let u = 0; u < side.count; u++) {
    let m = 0;
    for (let i = side.offsets[u]!; i < side.offsets[u + 1]!; i++) m += weight[side.keys[i]!]!;
    mass[u] = m;
  }
  return { ...side, mass };
}

function postings(side: SideFeatures, keyCount: number, df: Int32Array): { postingOffsets: Int32Array; postingUnits: Int32Array } {
  const postingOffsets = new Int32Array(keyCount + 1);
  for (let k = 0; k < keyCount; k++) postingOffsets[k + 1] = postingOffsets[k]! + df[k]!;
  const fill = postingOffsets.slice(0, keyCount);
  const postingUnits = new Int32Array(postingOffsets[keyCount]!);
  for (let u = 0; u < side.count; u++) {
    for (let i = side.offsets[u]!; i < side.offsets[u + 1]!; i++) postingUnits[fill[side.keys[i]!]!++] = u;
  }
  return { postingOffsets, postingUnits };
}

/** Key lists of both sides, with the key dictionary they share. */
interface KeyedUnits {
  readonly source: UnitLists;
  readonly target: UnitLists;
  readonly names: string[];
}

/** Weights, masses and postings for units whose keys are already collected. */
function featuresOf(units: KeyedUnits, source: readonly string[], target: readonly string[]): Features {
  const keyCount = units.names.length;
  const sourceBare = toSide(units.source, source);
  const targetBare = toSide(units.target, target);
  const sourceDf = documentFrequency(sourceBare, keyCount);
  const targetDf = documentFrequency(targetBare, keyCount);
  const weight = keyWeights(units.names, sourceDf, targetDf, source.length + target.length);
  const targetSide = withMass(targetBare, weight);
  return {
    source: withMass(sourceBare, weight),
    target: targetSide,
    weight,
    ...postings(targetSide, keyCount, targetDf),
    sourceDf,
    targetDf,
  };
}

/** Evidence for aligning Indonesian `source` units with English `target` units. */
export function computeFeatures(source: readonly string[], target: readonly string[], lexicon: Lexicon): Features {
  const ids = new Map<string, number>();
  const sourceKeys = collect(source, new KeyCollector('id', lexicon, ids));
  const targetKeys = collect(target, new KeyCollector('en', lexicon, ids));
  return featuresOf({ source: sourceKeys, target: targetKeys, names: [...ids.keys()] }, source, target);
}

export interface DocumentFeatures {
  readonly paragraphs: Features;
  readonly sentences: Features;
}

/**
 * Evidence at both levels of a document. A paragraph of one sentence has
 * that sentence's keys, so its text is read once; other paragraphs are read
 * whole, since numbers and punctuation keys may span their sentences.
 * Paragraphs with a time (subtitle cues) also hold its slots, their
 * sentences a share of it (times.ts).
 */
export function computeDocumentFeatures(
  source: readonly (readonly string[])[],
  target: readonly (readonly string[])[],
  lexicon: Lexicon,
  times?: SideTimes,
): DocumentFeatures {
  const ids = new Map<string, number>();
  const read = (paragraphs: readonly (readonly string[])[], collector: KeyCollector, spans: readonly (TimeSpan | null)[] | undefined) => {
    const sentences: number[] = [];
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      const sentenceTimes = spans?.[k] ? sentenceSpans(spans[k], p) : undefined;
      for (let x = 0; x < p.length; x++) sentences.push(collector.add(p[x]!, sentenceTimes?.[x]));
    }
    let next = 0;
    const whole = paragraphs.map((p, k) => {
      const first = next;
      next += p.length;
      return p.length === 1 ? sentences[first]! : collector.add(p.join(' '), spans?.[k]);
    });
    return { sentences: { collector, units: sentences }, whole: { collector, units: whole } };
  };
  const src = read(source, new KeyCollector('id', lexicon, ids), times?.source);
  const tgt = read(target, new KeyCollector('en', lexicon, ids), times?.target);
  const names = [...ids.keys()];
  return {
    paragraphs: featuresOf({ source: src.whole, target: tgt.whole, names }, source.map((p) => p.join(' ')), target.map((p) => p.join(' '))),
    sentences: featuresOf({ source: src.sentences, target: tgt.sentences, names }, source.flat(), target.flat()),
  };
}

function collect(texts: readonly string[], collector: KeyCollector): UnitLists {
  return { collector, units: texts.map((t) => collector.add(t)) };
}
