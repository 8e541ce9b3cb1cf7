/** The parts of a stored English sentence that tell who wrote it. */
export interface AuthoredSentence {
  origin: string;
  status: string;
}

/**
 * English a person wrote or touched: imported or typed by hand, or machine
 * output a person edited or reviewed. Machine translation never replaces it
 * without the user's say-so.
 */
export function isPersonalEnglish(sentence: AuthoredSentence): boolean {
  return sentence.origin === 'human' || sentence.status === 'draft' || sentence.status === 'reviewed';
}

export function hasPersonalEnglish(sentences: readonly AuthoredSentence[]): boolean {
  return sentences.some(isPersonalEnglish);
}
