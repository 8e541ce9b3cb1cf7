import type { GlossaryTerm } from './index';

/**
 * Approved glossary terms as word pairs for the aligner: a person vouched for
 * them, so they are stronger evidence than any spelling likeness. Single-word
 * terms give their single-word equivalents; a multi-word term gives a pair
 * only where both sides have the same number of words, word by word
 * (penjaga perdamaian → peacekeeping mission would pair nothing sensible).
 */
export function glossaryLexicon(terms: readonly GlossaryTerm[]): Map<string, string[]> {
  const lexicon = new Map<string, string[]>();
  const add = (source: string, target: string) => {
    const list = lexicon.get(source) ?? [];
    if (!list.includes(target)) list.push(target);
    lexicon.set(source, list);
  };
  for (const term of terms) {
    if (term.status !== 'approved') continue;
    const sourceWords = words(term.source);
    for (const target of term.targets) {
      const targetWords = words(target);
      if (sourceWords.length !== targetWords.length) continue;
      sourceWords.forEach((w, i) => add(w, targetWords[i]));
    }
  }
  return lexicon;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}
