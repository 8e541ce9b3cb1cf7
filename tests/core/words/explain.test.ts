import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/core/align/lexicon';
import { explainPair } from '../../../src/core/words/explain';

const notes = {
  glossary: (root: string) => (root === 'serang' ? [{ source: 'serangan', targets: ['attack'] }] : []),
  dictionary: (root: string) => (root === 'kota' ? ['city, town'] : []),
};

describe('explainPair', () => {
  it('gives each Indonesian word its root, build and notes, and the links worth showing', () => {
    const pair = explainPair([{ position: 3, text: 'Kota itu diserang.' }], [{ position: 4, text: 'The city was attacked.' }], { lexicon: buildLexicon() }, notes);
    const [kota, itu, diserang] = pair.source[0]!.words;
    expect(diserang).toMatchObject({ text: 'diserang', root: 'serang', build: 'di- + serang', known: true, glossary: [{ source: 'serangan', targets: ['attack'] }] });
    expect(kota).toMatchObject({ root: 'kota', build: null, dictionary: ['city, town'] });
    expect(itu!.build).toBeNull();
    expect(pair.target[0]).toEqual({ position: 4, words: [{ text: 'The' }, { text: 'city' }, { text: 'was' }, { text: 'attacked' }] });
    expect(pair.links).toContainEqual([2, 3, 0.9, 'lexicon']);
    expect(pair.links.every(([, , confidence]) => confidence >= pair.threshold)).toBe(true);
  });

  it('numbers words across the sentences of a side, in order', () => {
    const pair = explainPair(
      [{ position: 0, text: 'Satu dua.' }, { position: 1, text: 'Tiga.' }],
      [{ position: 0, text: 'One two three.' }],
      { lexicon: buildLexicon() },
      { glossary: () => [], dictionary: () => [] },
    );
    expect(pair.source.map((s) => s.words.map((w) => w.text))).toEqual([['Satu', 'dua'], ['Tiga']]);
    expect(pair.links.map(([s, t]) => `${s}-${t}`)).toEqual(expect.arrayContaining(['0-0', '1-1', '2-2']));
  });

  it('says when a word is not in the word list', () => {
    const pair = explainPair([{ position: 0, text: 'Xqzv.' }], [], { lexicon: null }, { glossary: () => [], dictionary: () => [] });
    expect(pair.source[0]!.words[0]).toMatchObject({ known: false, build: null, root: 'xqzv' });
    expect(pair.links).toEqual([]);
  });
});
