import { describe, expect, it } from 'vitest';
import { ANKI_COLUMNS, buildAnkiTsv } from '../../../src/core/words/anki';

describe('buildAnkiTsv', () => {
  it("writes Anki's header lines and one note a line in the documented column order", () => {
    const tsv = buildAnkiTsv([{ word: 'diserang', root: 'serang', sentence: 'Kota itu diserang.', translation: 'The city was attacked.', documentTitle: 'Berita' }]);
    expect(tsv.split('\n')).toEqual([
      '#separator:tab',
      '#html:false',
      `#columns:${ANKI_COLUMNS.join('\t')}`,
      'diserang\tserang\tKota itu diserang.\tThe city was attacked.\tBerita',
      '',
    ]);
  });

  it('keeps each note on one line of five fields and guards formula-like cells', () => {
    const tsv = buildAnkiTsv([{ word: 'a', root: 'a', sentence: 'one\ttwo\nthree', translation: '=HYPERLINK("x")', documentTitle: '@title' }]);
    const notes = tsv.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.split('\t')).toEqual(['a', 'a', 'one two three', `'=HYPERLINK("x")`, `'@title`]);
  });
});
