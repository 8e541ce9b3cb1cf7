/**
 * A small word scanner for glossary matching: letters, marks and digits, with inner hyphens
 * (reduplication: negara-negara) and apostrophes (Russia's) kept inside one word.
 */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const WORD_NO_HYPHEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

function scan(text: string, pattern: RegExp): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    words.push({ text: m[0], start, end: start + m[0].length });
  }
  return words;
}

/** Indonesian words: hyphenated forms stay whole because reduplication is one word. */
export function scanWords(text: string): Word[] {
  return scan(text, WORD);
}

/** English words: hyphens split ("Secretary-General" reads as two words). */
export function scanEnglishWords(text: string): Word[] {
  return scan(text, WORD_NO_HYPHEN);
}
