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
