import { describe, expect, it } from 'vitest';
import { compileGlossary, DEFAULT_TERM, type GlossaryTerm } from '../../../src/core/glossary';
import { annotateDocument, sliceText } from '../../../src/core/reader/term-slices';

function term(id: number, source: string, targets: string[], extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return { ...DEFAULT_TERM, id, source, targets, ...extra };
}

const terms = [
  term(1, 'serangan', ['attack', 'assault'], { mode: 'derived' }),
  term(2, 'pasukan', ['troops', 'forces']),
  term(3, 'pasukan keamanan', ['security forces']),
  term(4, 'tentara', ['soldiers', 'army'], { status: 'proposed' }),
  term(5, '<b>', ['<i>']),
];
const matcher = compileGlossary(terms);

describe('sliceText', () => {
  it.each([
    ['Pasukan tiba.', [['Pasukan', 2], [' tiba.', null]]],
    ['Mereka diserang pasukan keamanan.', [['Mereka ', null], ['diserang', 1], [' ', null], ['pasukan keamanan', 3], ['.', null]]],
    ['Tidak ada istilah.', [['Tidak ada istilah.', null]]],
    ['', [['', null]]],
  ])('%s', (text, expected) => {
    const slices = sliceText(text, matcher.matchSource(text));
    expect(slices.map((s) => [s.text, s.term?.termId ?? null])).toEqual(expected);
    expect(slices.map((s) => s.text).join('')).toBe(text);
    for (const s of slices) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('carries the word build', () => {
    const [, attacked] = sliceText('Mereka diserang.', matcher.matchSource('Mereka diserang.'));
    expect(attacked!.term).toEqual({ termId: 1, termIds: [1], build: 'di- + serang' });
  });
});

describe('annotateDocument', () => {
  const source = [
    { position: 0, text: 'Pasukan diserang.' },
    { position: 1, text: 'Tentara datang.' },
    { position: 2, text: 'Pasukan keamanan menjaga kota.' },
    { position: 3, text: 'Kalimat tanpa padanan.' },
  ];
  const target = [
    { position: 0, text: 'The troops were attacked.' },
    { position: 1, text: 'Soldiers came, and the army too.' },
    { position: 2, text: 'They guard the city.' },
  ];
  const links = [
    { source: [0], target: [0] },
    { source: [1], target: [1] },
    { source: [2], target: [2] },
    { source: [3], target: [] },
  ];
  const result = annotateDocument(matcher, terms, source, target, links);

  it('highlights the source terms and their equivalents in the linked English only', () => {
    expect(result.source.get(0)!.filter((s) => s.term).map((s) => s.text)).toEqual(['Pasukan', 'diserang']);
    expect(result.target.get(0)!.filter((s) => s.term).map((s) => [s.text, s.term!.termId])).toEqual([['troops', 2], ['attacked', 1]]);
    expect(result.target.get(1)!.filter((s) => s.term).map((s) => s.text)).toEqual(['Soldiers', 'army']);
    // "forces" would match term 2, but sentence 2 of the English is linked to "pasukan keamanan" only.
    expect(result.target.has(2)).toBe(false);
    expect(result.source.has(3)).toBe(false);
  });

  it('marks approved terms whose equivalents the English leaves out, on the last English sentence of the link', () => {
    expect([...result.missing.entries()]).toEqual([[2, [{ termId: 3, source: 'pasukan keamanan', targets: ['security forces'] }]]]);
    expect(result.missingCount).toBe(1);
    expect([...result.termIds].sort()).toEqual([1, 2, 3, 4]);
  });

  it('does not call a proposed term missing', () => {
    const only = annotateDocument(matcher, terms, [{ position: 0, text: 'Tentara datang.' }], [{ position: 0, text: 'Men came.' }], [{ source: [0], target: [0] }]);
    expect(only.missingCount).toBe(0);
  });

  it('sees an approved equivalent covered by a longer proposed one', () => {
    const local = [term(1, 'pasukan', ['forces']), term(2, 'keamanan', ['security forces'], { status: 'proposed' })];
    const m = compileGlossary(local);
    const out = annotateDocument(m, local, [{ position: 0, text: 'pasukan keamanan' }], [{ position: 0, text: 'the security forces' }], [{ source: [0], target: [0] }]);
    expect(out.target.get(0)!.filter((s) => s.term).map((s) => s.text)).toEqual(['security forces']);
    expect(out.missingCount).toBe(0);
  });

  it('returns raw text: markup in terms or text stays text for the view to escape', () => {
    const out = annotateDocument(matcher, terms, [{ position: 0, text: 'Kata <b> di sini' }], [], [{ source: [0], target: [] }]);
    expect(out.source.get(0)!.map((s) => s.text).join('')).toBe('Kata <b> di sini');
  });
});
