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

/**
 * Calls visit for each word without building a list: matching a long text keeps only offsets,
 * so no object per word outlives the scan.
 */
export function visitWords(text: string, english: boolean, visit: (word: string, start: number) => void): void {
  const pattern = english ? WORD_NO_HYPHEN_EXEC : WORD_EXEC;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) visit(m[0], m.index);
}

const WORD_EXEC = new RegExp(WORD.source, WORD.flags);
const WORD_NO_HYPHEN_EXEC = new RegExp(WORD_NO_HYPHEN.source, WORD_NO_HYPHEN.flags);

/** Indonesian words: hyphenated forms stay whole because reduplication is one word. */
export function scanWords(text: string): Word[] {
  return scan(text, WORD);
}

/** English words: hyphens split ("Secretary-General" reads as two words). */
export function scanEnglishWords(text: string): Word[] {
  return scan(text, WORD_NO_HYPHEN);
}
