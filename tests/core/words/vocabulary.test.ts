import { describe, expect, it } from 'vitest';
import { documentRoots } from '../../../src/core/words/vocabulary';

describe('documentRoots', () => {
  it('lists each root once across forms and sentences, without numbers, and the root of each word', () => {
    const vocabulary = documentRoots(['Kota itu diserang pada 6 Januari.', 'Mereka menyerang kota-kota itu lagi.']);
    expect(vocabulary.roots).toEqual(['itu', 'januari', 'kota', 'lagi', 'mereka', 'pada', 'serang']);
    expect(vocabulary.byWord).toMatchObject({ diserang: 'serang', menyerang: 'serang', 'kota-kota': 'kota', kota: 'kota' });
    expect(Object.keys(vocabulary.byWord)).not.toContain('6');
  });
});
