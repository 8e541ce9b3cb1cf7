import type { ParagraphStructure } from '../model';

/**
 * Headings inside a document's text. Imports keep paragraphs, not markup, so a heading is
 * recognised by its shape: a paragraph of one short sentence that does not end as a sentence
 * does ("Latar Belakang", "Misi CSTO di Kazakhstan"). The reader marks these as headings, so a
 * screen-reader user can move by them and the contents list is made from them.
 */
const MAX_HEADING_WORDS = 12;
const SENTENCE_END = /[.!?…:;,"'”’)\]]$/u;

export function isHeadingLike(sentences: readonly { text: string }[]): boolean {
  if (sentences.length !== 1) return false;
  const text = sentences[0]!.text.trim();
  if (text.length === 0 || SENTENCE_END.test(text)) return false;
  const words = text.split(/\s+/);
  // A lone word in lower case is a fragment, not a title.
  return words.length <= MAX_HEADING_WORDS && /^[\p{Lu}\p{N}]/u.test(text);
}

/**
 * How a side's paragraphs are shown: the level of the heading element each is
 * (the page's title being level 1), or null for body text. A side whose file
 * said what its paragraphs are (any stored heading or cue) is shown as stored;
 * a side stored before that, or from plain text, is guessed by shape.
 */
/** The heading element a stored heading is shown as: one level under the page's (or book's) title, h1 → h2, at most h6; null for anything else. */
export function headingLevelOf(structure: ParagraphStructure | undefined): number | null {
  return structure?.kind === 'heading' ? Math.min(6, structure.level + 1) : null;
}

export function headingLevels(paragraphs: readonly { structure?: ParagraphStructure; sentences: readonly { text: string }[] }[]): (number | null)[] {
  const stored = paragraphs.some((p) => p.structure && p.structure.kind !== 'body');
  return paragraphs.map((p) => {
    if (stored) return headingLevelOf(p.structure);
    return isHeadingLike(p.sentences) ? 2 : null;
  });
}
