/**
 * Invisible characters that only get in the way of matching words:
 * byte-order marks, zero-width spaces, word joiners and soft hyphens.
 */
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
/** Every space separator other than the plain space (NBSP, thin, figure, ideographic...). */
const ODD_SPACE = /[^\S\n\r\t\f\v ]/g;

/** Done line by line instead of with /[ \t]+$/gm, which is quadratic on long runs of inner spaces. */
function trimLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/**
 * Bring pasted or imported text to one canonical shape so that offsets,
 * comparisons and glossary look-ups behave the same whatever the source.
 */
export function normalizeText(raw: string): string {
  const unified = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAK, '\n')
    .replace(ODD_SPACE, ' ');
  return trimLineEnds(unified);
}
