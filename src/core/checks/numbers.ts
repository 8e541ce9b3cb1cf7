/**
 * Numbers check: every number written in digits on one side must be found on the other, read
 * the way each language writes it (2.500 ↔ 2,500; 5,3 persen ↔ 5.3 percent; 6 Januari ↔
 * January 6; dua ↔ 2). A digit token is read with its neighbouring words, so "2,5 juta" matches
 * "2.5 million" and "2,500,000" alike. Month names alone are not numbers here: "6 Januari" against
 * "January 7" is a mismatch.
 */
import { numberKeys, type Lang } from '../align/numbers';
import { isTranslated, type CheckPair, type Finding } from './types';

const TOKEN = /\d+(?:[.,:]\d+)*|[\p{L}]+|%/gu;
const HAS_DIGIT = /\d/;

interface DigitNumber {
  written: string;
  keys: string[];
}

/** The numbers written in digits, each with the keys it may stand for (its value, with a scale, percent or date). */
export function digitNumbers(text: string, lang: Lang): DigitNumber[] {
  if (!HAS_DIGIT.test(text)) return [];
  const tokens = text.match(TOKEN) ?? [];
  const out: DigitNumber[] = [];
  tokens.forEach((token, i) => {
    if (!HAS_DIGIT.test(token[0]!)) return;
    const near = [tokens[i - 1] ?? '', token, tokens[i + 1] ?? ''].join(' ');
    const keys = numberKeys(near, lang).filter((k) => !k.startsWith('m:'));
    out.push({ written: token, keys });
  });
  return out;
}

function unmatched(numbers: DigitNumber[], other: ReadonlySet<string>): string[] {
  return numbers.filter((n) => !n.keys.some((k) => other.has(k))).map((n) => n.written);
}

const DIGIT_TOKENS = /\d+(?:[.,:]\d+)*/g;

/** The same digit tokens on both sides: each is read alike in both languages (a separator keeps both readings), so all match. */
function sameDigits(source: string, target: string): boolean {
  const a = (source.match(DIGIT_TOKENS) ?? []).sort();
  const b = (target.match(DIGIT_TOKENS) ?? []).sort();
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** The link's numbers missing from the English, and those the English adds. */
export function checkNumbers(pair: CheckPair): Finding | null {
  if (!isTranslated(pair)) return null;
  const source = pair.source.join(' ');
  const target = pair.target.join(' ');
  if (!HAS_DIGIT.test(source) && !HAS_DIGIT.test(target)) return null;
  if (sameDigits(source, target)) return null;
  const missing = unmatched(digitNumbers(source, 'id'), new Set(numberKeys(target, 'en')));
  const added = unmatched(digitNumbers(target, 'en'), new Set(numberKeys(source, 'id')));
  if (missing.length === 0 && added.length === 0) return null;
  return { check: 'numbers', link: pair.link, params: { missing: missing.join(', ') || '–', added: added.join(', ') || '–' } };
}
