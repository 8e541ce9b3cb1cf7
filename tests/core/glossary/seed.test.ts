import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTerms, compileGlossary, parseGlossaryCsv, type GlossaryTerm } from '../../../src/core/glossary';

const root = new URL('../../../', import.meta.url);
const csv = readFileSync(new URL('seeds/intisari-csto-kazakhstan.glossary.csv', root), 'utf8');
const article = readFileSync(new URL('seeds/intisari-csto-kazakhstan.id.txt', root), 'utf8');

function seedTerms(): GlossaryTerm[] {
  const result = parseGlossaryCsv(csv);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.terms.map((t, i) => ({ ...t, id: i + 1 }));
}

describe('seed glossary for the CSTO article', () => {
  const terms = seedTerms();
  const matcher = compileGlossary(terms);

  it('parses, with mostly approved and some proposed terms', () => {
    const approved = terms.filter((t) => t.status === 'approved').length;
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(approved).toBeGreaterThan(terms.length / 2);
    expect(approved).toBeLessThan(terms.length);
  });

  it('finds the key terms in the article, with their forms', () => {
    const found = matcher.matchSource(article).map((m) => m.text);
    expect(found).toEqual(
      expect.arrayContaining([
        'serangan', 'diserang', 'pasukan', 'Pasukan', 'pasukan keamanan', 'penjaga perdamaian', 'Sekretaris Jenderal',
        'CSTO', 'keamanan', 'negara-negara anggota', 'pertempuran', 'teroris', 'pengunjuk rasa', 'pendudukan', 'invasi',
        'integritas teritorial', 'militernya', 'mengerahkan',
      ]),
    );
  });

  it('finds no missing terms in a faithful rendering of one sentence', () => {
    const source = ['Dalam hal tentara Rusia dan pasukan CSTO diserang oleh teroris, pasukan memiliki wewenang penuh.'];
    const target = ['If Russian troops and CSTO forces are attacked by terrorists, the forces have full authority.'];
    expect(checkTerms(matcher, source, target, terms)).toEqual([]);
    const loose = ['If Russians and the CSTO come under fire from terrorists, they may act.'];
    expect(checkTerms(matcher, source, loose, terms).map((m) => m.source).sort()).toEqual(['pasukan', 'serangan', 'tentara']);
  });
});
