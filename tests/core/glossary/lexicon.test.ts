import { describe, expect, it } from 'vitest';
import { DEFAULT_TERM, type GlossaryTerm } from '../../../src/core/glossary';
import { glossaryLexicon } from '../../../src/core/glossary/lexicon';

const term = (source: string, targets: string[], status: GlossaryTerm['status'] = 'approved'): GlossaryTerm => ({
  ...DEFAULT_TERM,
  id: 1,
  source,
  targets,
  status,
});

describe('glossaryLexicon', () => {
  it.each<[string, GlossaryTerm[], [string, string[]][]]>([
    ['single words, lower-cased', [term('Keamanan', ['Security', 'safety'])], [['keamanan', ['security', 'safety']]]],
    ['multi-word terms word by word', [term('Sekretaris Jenderal', ['Secretary General'])], [['sekretaris', ['secretary']], ['jenderal', ['general']]]],
    ['no pair when the word counts differ', [term('penjaga perdamaian', ['peacekeeping'])], []],
    ['proposed terms left out', [term('kampanye', ['campaign'], 'proposed')], []],
    ['equivalents merged across terms', [term('pasukan', ['troops']), term('pasukan', ['forces', 'troops'])], [['pasukan', ['troops', 'forces']]]],
  ])('%s', (_name, terms, expected) => {
    expect([...glossaryLexicon(terms)]).toEqual(expected);
  });
});
