import kataDasar from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { analyseWord } from '../../../src/core/glossary';
import { addKey, emptyVocabulary, mayHaveDerivedRoot, rootSignatures, SubstringIndex } from '../../../src/core/glossary/vocabulary';

describe('SubstringIndex', () => {
  const index = new SubstringIndex();
  for (const s of ['serang', 'nyerang', 'aman']) index.add(s);

  it.each([
    ['menyerang', true],
    ['serangan', true],
    ['keamanan', true],
    ['serbu', false],
    ['ama', false],
    ['', false],
  ])('%s contains an indexed string: %s', (word, expected) => {
    expect(index.foundIn(word)).toBe(expected);
  });

  it('an empty string occurs in every word', () => {
    const all = new SubstringIndex();
    all.add('');
    expect(all.foundIn('apa')).toBe(true);
  });
});

describe('derived-root pre-filter', () => {
  it.each([
    ['pakai', ['pakai', 'makai']],
    ['tulis', ['tulis', 'nulis']],
    ['serang', ['serang', 'yerang']],
    ['kirim', ['kirim', 'girim']],
    ['baca', ['baca']],
  ])('%s → %j', (root, expected) => {
    expect(rootSignatures(root)).toEqual(expected);
  });

  // The pre-filter is sound only if every analysed word contains a signature of its root.
  const roots = (kataDasar as string[]).filter((w) => /^[a-z]{3,}$/.test(w)).filter((_, i) => i % 31 === 0);
  const forms = [
    (w: string) => 'me' + w, (w: string) => 'mem' + w, (w: string) => 'men' + w, (w: string) => 'meng' + w, (w: string) => 'meny' + w.slice(1),
    (w: string) => 'me' + (w[0] === 'p' ? 'm' : w[0] === 't' ? 'n' : w[0] === 'k' ? 'ng' : 'ny') + w.slice(1) + 'kan',
    (w: string) => 'pe' + w + 'an', (w: string) => 'per' + w + 'an', (w: string) => 'diper' + w + 'kan', (w: string) => 'keber' + w + 'an',
    (w: string) => 'ber' + w + 'nya', (w: string) => `${w}-${w}nya`, (w: string) => 'se' + w + 'lah', (w: string) => 'ter' + w + 'kan',
  ];

  it(`holds for ${roots.length * forms.length} generated words that analyse to a root`, () => {
    let analysed = 0;
    const failures: string[] = [];
    for (const root of roots) {
      for (const form of forms) {
        const word = form(root);
        const analysis = analyseWord(word);
        if (!analysis) continue;
        analysed++;
        const vocabulary = emptyVocabulary();
        addKey(vocabulary, 'd:' + analysis.root);
        if (!mayHaveDerivedRoot(word, vocabulary)) failures.push(`${word} → ${analysis.root}`);
      }
    }
    expect(analysed).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  it.each([
    ['keamanan', 'ban', false],
    ['keamanan', 'aman', true],
    ['bantuan', 'ban', false],
    ['bannya', 'ban', true],
    ['ban-ban', 'ban', true],
    ['membantu', 'bantu', true],
  ])('%s may be built on the derived root %s: %s', (word, root, expected) => {
    const vocabulary = emptyVocabulary();
    addKey(vocabulary, 'd:' + root);
    expect(mayHaveDerivedRoot(word, vocabulary)).toBe(expected);
  });

  it.each(['pendudukan', 'memakai', 'pasukannyalah', 'kebersamaannya', 'diperhatikanlah', 'menulis', 'menyerang', 'mengirim', 'belajar', 'pelajaran', 'memperbesar', 'diketahui', 'negara-negaranya'])(
    '%s passes the pre-filter for its own root',
    (word) => {
      const analysis = analyseWord(word);
      expect(analysis).not.toBeNull();
      const vocabulary = emptyVocabulary();
      addKey(vocabulary, 'd:' + analysis!.root);
      expect(mayHaveDerivedRoot(word, vocabulary)).toBe(true);
    },
  );
});
