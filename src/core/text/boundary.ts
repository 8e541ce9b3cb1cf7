import { abbreviationKind as importedAbbreviationKind } from './abbreviations';
import { isSentenceStarter } from './starters';
import type { Lang } from './types';

// A module-level copy: compiled to CommonJS, each call through the import reads a getter, and this one runs per word with a period.
const abbreviationKind = importedAbbreviationKind;

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', '«', '‹', '„', '‚']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»', '›']);
const TERMINALS = new Set(['.', '?', '!', '…', '‽']);

const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{Nd}/u;
/** Letters of scripts without case (Arabic, CJK...) can open a sentence just like capitals. */
const CASELESS_LETTER = /^[\p{Lo}\p{Lm}]/u;
const LEADING_LETTERS = /^\p{L}+/u;
/** "1." "b." "iv." opening a sentence are list numbering, not a sentence of their own. */
const LIST_MARKER = /^(?:\p{Nd}{1,2}|\p{L}|[ivxIVX]{1,4})$/u;

type Ending = 'none' | 'strong' | 'ellipsis' | 'period';
type StartKind = 'upper' | 'lower' | 'digit' | 'other';

interface ChunkEnding {
  ending: Ending;
  /** The text before the final punctuation, without quotes or brackets around it. */
  word: string;
}

interface NextStart {
  kind: StartKind;
  /** The next chunk opens with a quote or bracket. */
  opened: boolean;
  /** The chunk after its opening quotes or brackets; its leading letters are the next word. */
  rest: string;
}

function trimEnd(text: string, chars: ReadonlySet<string>): number {
  let end = text.length;
  while (end > 0 && chars.has(text[end - 1]!)) end--;
  return end;
}

function trimStart(text: string, chars: ReadonlySet<string>): number {
  let start = 0;
  while (start < text.length && chars.has(text[start]!)) start++;
  return start;
}

function endingOf(run: string): Ending {
  if (run === '') return 'none';
  if (run.includes('?') || run.includes('!') || run.includes('‽')) return 'strong';
  if (run.length > 1 || run === '…') return 'ellipsis';
  return 'period';
}

function readEnding(chunk: string): ChunkEnding {
  const beforeClosers = trimEnd(chunk, CLOSERS);
  const body = chunk.slice(0, beforeClosers);
  const beforeRun = trimEnd(body, TERMINALS);
  const ending = endingOf(body.slice(beforeRun));
  let word = body.slice(0, beforeRun);
  word = word.slice(trimStart(word, OPENERS));
  word = word.slice(0, trimEnd(word, CLOSERS));
  return { ending, word };
}

function startKind(text: string): StartKind {
  // ASCII answered by code: the Unicode property tests cost more than the rest of the boundary check.
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 'upper' : code >= 0x61 && code <= 0x7a ? 'lower' : code >= 0x30 && code <= 0x39 ? 'digit' : 'other';
  if (UPPER.test(text) || CASELESS_LETTER.test(text)) return 'upper';
  if (LOWER.test(text)) return 'lower';
  if (DIGIT.test(text)) return 'digit';
  return 'other';
}

function readStart(chunk: string): NextStart {
  const offset = trimStart(chunk, OPENERS);
  const rest = chunk.slice(offset);
  return { kind: startKind(rest), opened: offset > 0, rest };
}

/** The next chunk's leading letters, read only when an abbreviation makes them matter. */
function nextWord(next: NextStart): string {
  return LEADING_LETTERS.exec(next.rest)?.[0] ?? '';
}

function afterPeriod(word: string, next: NextStart, lang: Lang, opensSentence: boolean): boolean {
  if (opensSentence && LIST_MARKER.test(word)) return false;
  const ordinary = next.kind === 'upper' || next.kind === 'digit' || next.opened;
  switch (abbreviationKind(word, lang)) {
    case 'title':
      return false;
    case 'beforeNumber':
      return next.kind !== 'digit' && ordinary;
    case 'rarelyFinal':
      // A quotation or bracket opens a new sentence only with a capital: "Hasan dkk. (2019)" goes on.
      return (next.opened && next.kind === 'upper') || isSentenceStarter(nextWord(next), lang);
    default:
      return ordinary;
  }
}

/** Cheap pre-check on the last character of a chunk: only these can close a sentence. */
export function mayEndSentence(lastChar: string): boolean {
  return TERMINALS.has(lastChar) || CLOSERS.has(lastChar);
}

/**
 * Does a sentence end after `chunk` (a run of non-space characters), given
 * the chunk that follows it? Boundaries are only ever placed at spaces, so
 * URLs, e-mail addresses, decimals and dotted initials inside one chunk can
 * never be cut.
 */
export function endsSentence(chunk: string, nextChunk: string, lang: Lang, opensSentence: boolean): boolean {
  const { ending, word } = readEnding(chunk);
  if (ending === 'none') return false;
  const next = readStart(nextChunk);
  if (next.kind === 'lower') return false;
  switch (ending) {
    case 'strong':
      return true;
    case 'ellipsis':
      return next.kind === 'upper' || next.opened;
    default:
      return afterPeriod(word, next, lang, opensSentence);
  }
}
