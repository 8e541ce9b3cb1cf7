/**
 * Splits a paragraph into sentences for the sole purpose of cutting an
 * oversized paragraph into pieces the engine accepts. Deliberately simple:
 * a boundary is sentence-final punctuation (optionally followed by closing
 * quotes or brackets), then whitespace, then something that can start a
 * sentence. The project's Indonesian-aware splitter in core/text is the one
 * to use for alignment; this one only has to avoid cutting mid-sentence in
 * the common case, because DeepL still sees each piece whole.
 */
const SENTENCE_BOUNDARY = /(?<=[.!?…]["'”’»)\]]*)\s+(?=["“‘'«(\[]?[\p{Lu}\p{N}])/u;

export function splitSentencesRough(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_BOUNDARY)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
