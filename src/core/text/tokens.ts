import type { Token } from './types';
import { isWebAddress } from './web-address';
import { skipNonSpaces, skipSpaces } from './whitespace';

/**
 * One token per match. Words may contain hyphens and apostrophes between
 * letters (negara-negara, Kassym-Jomart, Jum'at) and digits (COVID-19, v1.2);
 * numbers may contain . and , between digits (2.500, 1.000.000,50). Each
 * repetition must consume a joiner plus at least one letter or digit, so the
 * pattern cannot backtrack more than one character. It is sticky: every
 * non-space character belongs to some token, so within a chunk each token
 * starts exactly where the previous one ended.
 */
const TOKEN =
  /(\p{Nd}+(?:[.,]\p{Nd}+)*)|(\p{L}[\p{L}\p{M}\p{Nd}]*(?:(?:[-‐'’ʼ]|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{Nd}]+)*)|(\.{2,}|\p{P})|(\S)/uy;

const LEADING_PUNCT = /[\p{Ps}\p{Pi}"'<]/u;
const TRAILING_PUNCT = /[\p{Pe}\p{Pf}"'>.,;:!?]/u;

function kindOf(match: RegExpExecArray): Token['kind'] {
  if (match[1] !== undefined) return 'number';
  if (match[2] !== undefined) return 'word';
  if (match[3] !== undefined) return 'punct';
  return 'symbol';
}

function pushMatches(text: string, from: number, to: number, tokens: Token[]): void {
  TOKEN.lastIndex = from;
  while (TOKEN.lastIndex < to) {
    const match = TOKEN.exec(text);
    if (!match) break;
    tokens.push({ text: match[0], start: match.index, end: TOKEN.lastIndex, kind: kindOf(match) });
  }
}

/** Web addresses are kept whole so that their dots and slashes do not become separate tokens. */
function pushChunk(text: string, start: number, end: number, tokens: Token[]): void {
  let coreStart = start;
  while (coreStart < end && LEADING_PUNCT.test(text[coreStart]!)) coreStart++;
  let coreEnd = end;
  while (coreEnd > coreStart && TRAILING_PUNCT.test(text[coreEnd - 1]!)) coreEnd--;
  const core = text.slice(coreStart, coreEnd);
  if (!(core.includes('.') || core.includes('@')) || !isWebAddress(core)) {
    pushMatches(text, start, end, tokens);
    return;
  }
  pushMatches(text, start, coreStart, tokens);
  tokens.push({ text: core, start: coreStart, end: coreEnd, kind: 'word' });
  pushMatches(text, coreEnd, end, tokens);
}

/** Tokens of `text` with offsets into it; whitespace is skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let start = skipSpaces(text, 0); start < text.length; ) {
    const end = skipNonSpaces(text, start);
    pushChunk(text, start, end, tokens);
    start = skipSpaces(text, end);
  }
  return tokens;
}
