import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import kept from '../../src/core/glossary/english-word-classes.json' with { type: 'json' };
import { englishWordClasses } from './word-classes';

describe('English word classes for glossary matching', () => {
  it('picks singular nouns and verbs of four letters or more, and -er words that are more than a noun', () => {
    const classes = englishWordClasses({ system: ['NN'], names: ['NNS'], age: ['NN'], work: ['NN', 'VB'], worker: ['NN'], flower: ['NN', 'VBP'], "o'clock": ['RB'] });
    expect(classes).toEqual({ nouns: ['flower', 'system', 'work', 'worker'], verbs: ['work'], notAgents: ['flower'] });
  });

  it('the kept file is what the script makes of the lexicon natural ships', () => {
    const lexicon = createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    expect(kept).toEqual(englishWordClasses(lexicon));
  });
});
