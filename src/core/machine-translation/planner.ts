import { formEncodedLength, formFieldLength, encodedCharLength } from './form-size';
import { splitSentencesRough } from './sentence-split';
import type { TargetLang, TranslationRequest, TranslationResult } from './types';

/** DeepL's own limits for one /v2/translate request. */
export const DEEPL_MAX_TEXTS = 50;
export const DEEPL_MAX_BYTES = 128 * 1024;
/** Room kept for the other form fields (target_lang, source_lang, glossary_id, options…). */
export const REQUEST_OVERHEAD_BYTES = 512;
const DEFAULT_CONTEXT_BYTES = 4 * 1024;
const CONTEXT_SEPARATOR = '\n\n';
const PIECE_JOINER = ' ';

export interface SourceParagraph {
  index: number;
  text: string;
}

/** One text of a request: a whole paragraph (partCount 1) or one piece of an oversized one. */
export interface PlannedText {
  paragraphIndex: number;
  part: number;
  partCount: number;
  text: string;
}

export interface PlannedBatch {
  texts: PlannedText[];
  /** The texts just before and after the batch in reading order, trimmed to the context budget. */
  context?: string;
  /** Upper estimate of the form-encoded request body, overhead included. */
  payloadBytes: number;
}

export interface PlanOptions {
  maxTexts?: number;
  maxBytes?: number;
  /** Budget for the context field; 0 sends no context. */
  contextBytes?: number;
}

/**
 * Groups paragraphs, in order, into requests that respect DeepL's limits.
 *
 * DeepL translates every text of a request on its own and takes one context
 * per request, so a request is a run of consecutive paragraphs whose context
 * is the paragraph before the run and the paragraph after it. With
 * `maxTexts: 1` every paragraph gets its own neighbours as context (best
 * quality, one request per paragraph). Blank paragraphs are not sent.
 * A paragraph too large for one request is cut at sentence boundaries; its
 * pieces are sent as separate texts and joined again by mergeBatchResults.
 */
export function planBatches(paragraphs: SourceParagraph[], options: PlanOptions = {}): PlannedBatch[] {
  const maxTexts = options.maxTexts ?? DEEPL_MAX_TEXTS;
  const maxBytes = options.maxBytes ?? DEEPL_MAX_BYTES;
  const contextBytes = options.contextBytes ?? DEFAULT_CONTEXT_BYTES;
  const contextFieldBytes = contextBytes > 0 ? formFieldLength('context', '') + contextBytes : 0;
  const textBudget = maxBytes - REQUEST_OVERHEAD_BYTES - contextFieldBytes;
  const pieceLimit = textBudget - formFieldLength('text', '');
  if (maxTexts < 1 || pieceLimit < 64) throw new RangeError('planBatches: maxBytes too small for any text');

  const units = paragraphs
    .filter((paragraph) => paragraph.text.trim().length > 0)
    .flatMap((paragraph) => toPlannedTexts(paragraph, pieceLimit));
  return packUnits(units, maxTexts, textBudget).map(([start, end]) =>
    describeBatch(units, start, end, contextBytes),
  );
}

function toPlannedTexts(paragraph: SourceParagraph, pieceLimit: number): PlannedText[] {
  const pieces = splitToFit(paragraph.text.trim(), pieceLimit);
  return pieces.map((text, part) => ({ paragraphIndex: paragraph.index, part, partCount: pieces.length, text }));
}

/** Returns [start, end) ranges of units, each range one request. */
function packUnits(units: PlannedText[], maxTexts: number, textBudget: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  units.forEach((unit, i) => {
    const size = formFieldLength('text', unit.text);
    if (i > start && (i - start >= maxTexts || bytes + size > textBudget)) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (units.length > start) ranges.push([start, units.length]);
  return ranges;
}

function describeBatch(units: PlannedText[], start: number, end: number, contextBytes: number): PlannedBatch {
  const texts = units.slice(start, end);
  const context = contextBytes > 0 ? buildContext(units[start - 1]?.text, units[end]?.text, contextBytes) : undefined;
  const textBytes = texts.reduce((sum, t) => sum + formFieldLength('text', t.text), 0);
  const contextFieldBytes = context === undefined ? 0 : formFieldLength('context', context);
  return { texts, context, payloadBytes: REQUEST_OVERHEAD_BYTES + textBytes + contextFieldBytes };
}

/** The end of the text before and the start of the text after, within `budget` encoded bytes. */
export function buildContext(before: string | undefined, after: string | undefined, budget: number): string | undefined {
  const room = budget - (before && after ? formEncodedLength(CONTEXT_SEPARATOR) : 0);
  const afterShare = after ? Math.min(formEncodedLength(after), Math.floor(room / 2)) : 0;
  const head = before ? takeTail(before, room - afterShare) : '';
  const tail = after ? takeHead(after, room - formEncodedLength(head)) : '';
  const parts = [head, tail].filter((part) => part.length > 0);
  return parts.length > 0 ? parts.join(CONTEXT_SEPARATOR) : undefined;
}

/** Cuts `text` into pieces of at most `limit` encoded bytes, preferring sentence, then word boundaries. */
export function splitToFit(text: string, limit: number): string[] {
  if (formEncodedLength(text) <= limit) return [text];
  const sentences = splitSentencesRough(text).flatMap((sentence) =>
    formEncodedLength(sentence) <= limit ? [sentence] : splitAtSpaces(sentence, limit),
  );
  return packWords(sentences, limit);
}

function splitAtSpaces(sentence: string, limit: number): string[] {
  const words = sentence.split(/\s+/).flatMap((word) => (formEncodedLength(word) <= limit ? [word] : cutByChars(word, limit)));
  return packWords(words, limit);
}

/** Joins consecutive fragments with a space while they stay within `limit`. */
function packWords(fragments: string[], limit: number): string[] {
  const joinerSize = formEncodedLength(PIECE_JOINER);
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const fragment of fragments) {
    const fragmentSize = formEncodedLength(fragment);
    if (current && size + joinerSize + fragmentSize > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    size += current ? joinerSize + fragmentSize : fragmentSize;
    current = current ? current + PIECE_JOINER + fragment : fragment;
  }
  if (current) pieces.push(current);
  return pieces;
}

function cutByChars(word: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of word) {
    const charSize = encodedCharLength(char);
    if (size + charSize > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  if (current) pieces.push(current);
  return pieces;
}

function takeHead(text: string, budget: number): string {
  let size = 0;
  let end = 0;
  for (const char of text) {
    size += encodedCharLength(char);
    if (size > budget) break;
    end += char.length;
  }
  return text.slice(0, end);
}

function takeTail(text: string, budget: number): string {
  const chars = Array.from(text);
  let size = 0;
  let start = chars.length;
  while (start > 0 && size + encodedCharLength(chars[start - 1]!) <= budget) {
    start--;
    size += encodedCharLength(chars[start]!);
  }
  return chars.slice(start).join('');
}

export function batchToRequest(batch: PlannedBatch, targetLang: TargetLang, glossaryId?: string): TranslationRequest {
  return { texts: batch.texts.map((t) => t.text), context: batch.context, targetLang, glossaryId };
}

export interface ParagraphTranslation {
  index: number;
  text: string;
  billedCharacters: number;
  detectedSourceLang: string;
  model?: string;
}

/**
 * Puts the results of every batch of a plan back together per paragraph,
 * joining the pieces of split paragraphs. `results[i]` answers `batches[i]`.
 */
export function mergeBatchResults(batches: PlannedBatch[], results: TranslationResult[][]): ParagraphTranslation[] {
  if (results.length !== batches.length) throw new Error(`expected results for ${batches.length} batches, got ${results.length}`);
  const byParagraph = new Map<number, TranslatedPiece[]>();
  batches.forEach((batch, b) => {
    const batchResults = results[b]!;
    if (batchResults.length !== batch.texts.length) {
      throw new Error(`batch ${b} sent ${batch.texts.length} texts but got ${batchResults.length} translations`);
    }
    batch.texts.forEach((planned, t) => {
      const parts = byParagraph.get(planned.paragraphIndex) ?? [];
      parts.push({ planned, result: batchResults[t]! });
      byParagraph.set(planned.paragraphIndex, parts);
    });
  });
  return [...byParagraph.entries()].map(([index, parts]) => joinPieces(index, parts));
}

export interface TranslatedPiece {
  planned: PlannedText;
  result: TranslationResult;
}

/** Joins the translated pieces of one paragraph; all of its pieces must be there. */
export function joinPieces(index: number, parts: TranslatedPiece[]): ParagraphTranslation {
  parts.sort((a, b) => a.planned.part - b.planned.part);
  const expected = parts[0]!.planned.partCount;
  if (parts.length !== expected) throw new Error(`paragraph ${index}: got ${parts.length} of ${expected} pieces`);
  const first = parts[0]!.result;
  return {
    index,
    text: parts.map((p) => p.result.text).join(PIECE_JOINER),
    billedCharacters: parts.reduce((sum, p) => sum + p.result.billedCharacters, 0),
    detectedSourceLang: first.detectedSourceLang,
    model: first.model,
  };
}
