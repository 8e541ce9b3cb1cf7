import { describe, expect, it } from 'vitest';
import { documentRoots } from '../../../src/core/words/vocabulary';

describe('documentRoots', () => {
  it('lists each root once across forms and sentences, without numbers', () => {
    expect(documentRoots(['Kota itu diserang pada 6 Januari.', 'Mereka menyerang kota-kota itu lagi.'])).toEqual(['itu', 'januari', 'kota', 'lagi', 'mereka', 'pada', 'serang']);
  });
});
