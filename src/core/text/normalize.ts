/**
 * Invisible characters that only get in the way of matching words:
 * byte-order marks, zero-width spaces, word joiners and soft hyphens.
 */
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
/**
 * C0 and C1 control characters other than tab and line feed, and DEL. They
 * have no meaning in prose, render as nothing or as boxes, and PostgreSQL
 * refuses NUL in text outright. Line ends are unified first, so CR and NEL
 * become line breaks rather than disappearing.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
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
 * The one intake: every text that enters Sejajar (imports, edits, titles,
 * glossary entries) is brought to one canonical shape, so that offsets,
 * comparisons and glossary look-ups behave the same whatever the source.
 */
export function normalizeText(raw: string): string {
  const unified = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(ODD_SPACE, ' ');
  return trimLineEnds(unified);
}

/** A one-line field (a title, a name, a note's line): the intake, with every run of white space one space. */
export function normalizeLine(raw: string): string {
  return normalizeText(raw).replace(/\s+/g, ' ').trim();
}
