/**
 * Machine translation around English the translation memory filled in: the exact reviewed matches an
 * import pre-filled (origin `memory`) stay, and DeepL translates only the Indonesian they leave
 * uncovered. Worked example, one paragraph of four sentences with memory English for B and D:
 *
 *   Indonesian  [A. B. C. D.]         memory  B. → b.   D. → d.
 *   pieces      gap [A.]  memory B.  gap [C.]  memory D.
 *   sent        "A."  "C."            (each its own text; "B." and "D." only as context)
 *   DeepL       "a1. a2."  "c."
 *   English     [a1. a2. b. c. d.]    one paragraph, in the Indonesian order
 *   sentences   A.→a1. a2.   B.→b.   C.→c.   D.→d.   (all known: no guessing by the aligner)
 *
 * A gap of several Indonesian sentences is sent as one text (so DeepL sees them together) and the
 * aligner pairs its sentences inside the frame the known links leave. A paragraph without memory
 * English is one gap holding the whole paragraph, sent and stored exactly as before.
 */
import { splitSentences } from '../text/index';
import type { Link } from '../model';

/** One Indonesian sentence whose English the memory gave, or a run of sentences it did not. */
export type Piece =
  | { kind: 'memory'; sentence: number; text: string; english: { index: number; text: string }[] }
  | { kind: 'gap'; sentences: number[]; text: string };

export interface ParagraphFill {
  /** The Indonesian paragraph's position. */
  index: number;
  pieces: Piece[];
  /** Some of the paragraph's English is the memory's: its gaps are translated apart. */
  partial: boolean;
}

export interface FillInput {
  source: readonly { position: number; text: string; sentences: readonly { text: string }[] }[];
  /** The English sentences in document order (the indices links use). */
  english: readonly { text: string; origin: string }[];
  sentenceLinks: readonly Link[];
}

/**
 * The document's paragraphs as pieces. An Indonesian sentence counts as filled by memory when a link
 * holds it alone and all the English of that link came from the memory (a draft or reviewed since;
 * English a person edited has origin `human` and does not count).
 */
export function memoryFill(input: FillInput): ParagraphFill[] {
  const memoryOf = new Map<number, number[]>();
  for (const link of input.sentenceLinks) {
    if (link.source.length !== 1 || link.target.length === 0) continue;
    if (link.target.every((t) => input.english[t]?.origin === 'memory')) memoryOf.set(link.source[0]!, link.target);
  }
  let next = 0;
  return input.source.map((paragraph) => {
    const first = next;
    next += paragraph.sentences.length;
    const positions = paragraph.sentences.map((_, i) => first + i);
    if (paragraph.text.trim().length === 0) return { index: paragraph.position, pieces: [], partial: false };
    if (!positions.some((s) => memoryOf.has(s))) {
      return { index: paragraph.position, pieces: [{ kind: 'gap', sentences: positions, text: paragraph.text.trim() }], partial: false };
    }
    const pieces: Piece[] = [];
    positions.forEach((s, i) => {
      const targets = memoryOf.get(s);
      if (targets) {
        const english = targets.map((t) => ({ index: t, text: input.english[t]!.text }));
        pieces.push({ kind: 'memory', sentence: s, text: paragraph.sentences[i]!.text, english });
        return;
      }
      const last = pieces.at(-1);
      if (last?.kind === 'gap') {
        last.sentences.push(s);
        last.text = `${last.text} ${paragraph.sentences[i]!.text}`;
      } else pieces.push({ kind: 'gap', sentences: [s], text: paragraph.sentences[i]!.text });
    });
    return { index: paragraph.position, pieces, partial: true };
  });
}

/** The English sentences (their indices) the memory filled: machine translation keeps them. */
export function keptEnglish(fill: readonly ParagraphFill[]): Set<number> {
  return new Set(fill.flatMap((p) => p.pieces.flatMap((piece) => (piece.kind === 'memory' ? piece.english.map((e) => e.index) : []))));
}

export const gapsOf = (paragraph: ParagraphFill) => paragraph.pieces.filter((p): p is Extract<Piece, { kind: 'gap' }> => p.kind === 'gap');

/** A text of the plan: a gap to translate, or memory-filled Indonesian that is only context. */
export interface FillUnit {
  /** The unit's number in reading order: what the plan calls a paragraph index. */
  index: number;
  paragraph: number;
  /** For a gap, its place among the paragraph's gaps. */
  gap: number | null;
  text: string;
}

/** Every piece in reading order as a unit; consecutive memory sentences of a paragraph are one context unit. */
export function fillUnits(fill: readonly ParagraphFill[]): FillUnit[] {
  const units: FillUnit[] = [];
  for (const paragraph of fill) {
    let gap = 0;
    let previous: Piece['kind'] | null = null;
    for (const piece of paragraph.pieces) {
      const last = units.at(-1);
      if (piece.kind === 'memory' && previous === 'memory' && last) last.text = `${last.text} ${piece.text}`;
      else units.push({ index: units.length, paragraph: paragraph.index, gap: piece.kind === 'gap' ? gap++ : null, text: piece.text });
      previous = piece.kind;
    }
  }
  return units;
}

/**
 * How a partly filled paragraph's row in machine_paragraphs is told from a whole paragraph's: its
 * cache key starts with this and the paragraph's shape, and its text holds one English text per gap,
 * joined by a character the intake removes from every text (so none of them holds it).
 */
const PARTIAL_KEY = 'memory:';
export const GAP_JOINER = '\u001E';

/** The paragraph's pieces in short, "m" for a memory sentence and "g" with the sentence count for a gap: "g1.m.g2". */
export function shapeOf(paragraph: ParagraphFill): string {
  return paragraph.pieces.map((p) => (p.kind === 'memory' ? 'm' : `g${p.sentences.length}`)).join('.');
}

/** The key of a partly filled paragraph's row: its shape and a digest of its gaps' cache keys. */
export function partialKey(paragraph: ParagraphFill, digest: string): string {
  return `${PARTIAL_KEY}${shapeOf(paragraph)}:${digest}`;
}

/** A stored machine paragraph, as far as putting the English side together needs it. */
export interface MachineRow {
  source_position: number;
  cache_key: string;
  text: string;
}

/** Each gap's English from the paragraph's stored row, or null when the row was made for another shape or there is none. */
function gapEnglish(paragraph: ParagraphFill, row: MachineRow | undefined): string[] | null {
  if (!row) return null;
  const partialRow = row.cache_key.startsWith(PARTIAL_KEY);
  if (!paragraph.partial) return partialRow ? null : [row.text];
  if (!row.cache_key.startsWith(`${PARTIAL_KEY}${shapeOf(paragraph)}:`)) return null;
  const texts = row.text.split(GAP_JOINER);
  return texts.length === gapsOf(paragraph).length ? texts : null;
}

export function englishSentences(paragraph: string): string[] {
  const sentences = splitSentences(paragraph, 'en').map((span) => span.text);
  return sentences.length > 0 ? sentences : [paragraph.trim()];
}

export interface AssembledSide {
  /** English paragraphs, each its sentences. */
  english: string[][];
  /** Each English paragraph translates the Indonesian paragraph it was made for. */
  knownParagraphs: Link[];
  /** Memory sentences with their English, and one-sentence gaps of partly filled paragraphs with theirs. */
  knownSentences: Link[];
  /** For sentences of the new side that are memory English: the index of the English sentence they are now. */
  pins: { sentence: number; row: number }[];
}

/**
 * The English side: for every paragraph with English (a stored machine row, or memory sentences), one
 * English paragraph, the memory's English and the machine's gaps in the Indonesian order.
 */
export function assembleSide(fill: readonly ParagraphFill[], rows: readonly MachineRow[]): AssembledSide {
  const rowAt = new Map(rows.map((r) => [r.source_position, r]));
  const side: AssembledSide = { english: [], knownParagraphs: [], knownSentences: [], pins: [] };
  let position = 0;
  for (const paragraph of fill) {
    const gaps = gapEnglish(paragraph, rowAt.get(paragraph.index));
    const sentences: string[] = [];
    let gap = 0;
    for (const piece of paragraph.pieces) {
      const start = position + sentences.length;
      if (piece.kind === 'memory') {
        piece.english.forEach((e, i) => side.pins.push({ sentence: start + i, row: e.index }));
        sentences.push(...piece.english.map((e) => e.text));
        side.knownSentences.push({ source: [piece.sentence], target: piece.english.map((_, i) => start + i), confidence: 1 });
        continue;
      }
      const text = gaps?.[gap++];
      if (!text?.trim()) continue;
      const english = englishSentences(text);
      sentences.push(...english);
      if (paragraph.partial && piece.sentences.length === 1) {
        side.knownSentences.push({ source: piece.sentences, target: english.map((_, i) => start + i), confidence: 1 });
      }
    }
    if (sentences.length === 0) continue;
    side.knownParagraphs.push({ source: [paragraph.index], target: [side.english.length], confidence: 1 });
    side.english.push(sentences);
    position += sentences.length;
  }
  return side;
}
