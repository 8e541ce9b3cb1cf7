/** The English word classes glossary matching uses, read from a lexicon of word → part-of-speech tags (Penn tags). */
export interface EnglishWordClasses {
  /** Singular common nouns of four letters or more: the tails of closed compounds. */
  nouns: string[];
  /** Verbs of four letters or more: the stems of agent nouns (work → worker). */
  verbs: string[];
  /** Words in -er that are more than a noun (a verb, a comparative): no agent noun (flower, lighter). */
  notAgents: string[];
}

const WORD = /^[a-z]+$/;

export function englishWordClasses(lexicon: Readonly<Record<string, readonly string[]>>): EnglishWordClasses {
  const classes: EnglishWordClasses = { nouns: [], verbs: [], notAgents: [] };
  for (const word of Object.keys(lexicon).sort()) {
    const tags = lexicon[word]!;
    if (!WORD.test(word)) continue;
    if (word.length >= 4 && tags.includes('NN')) classes.nouns.push(word);
    if (word.length >= 4 && tags.includes('VB')) classes.verbs.push(word);
    if (word.length >= 6 && word.endsWith('er') && !(tags.length === 1 && tags[0] === 'NN')) classes.notAgents.push(word);
  }
  return classes;
}
