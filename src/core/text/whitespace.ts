/** The characters JavaScript's \s matches, tested by code so scanners need no regex per character. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Index of the first non-space character at or after `from` (or `text.length`). */
export function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && isWhitespaceCode(text.charCodeAt(index))) index++;
  return index;
}

/** Index just past the run of non-space characters starting at `from`. */
export function skipNonSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && !isWhitespaceCode(text.charCodeAt(index))) index++;
  return index;
}
