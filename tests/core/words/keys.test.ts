import { describe, expect, it } from 'vitest';
import { englishKey, indonesianKey, numberKey } from '../../../src/core/words/keys';

describe('word keys', () => {
  it.each([
    ['diserang', 'serang'],
    ['menyerang', 'serang'],
    ['serangan', 'serang'],
    ['Pasukannya', 'pasukan'],
    ['Tokayev', 'tokayev'],
  ])('tracks %s under %s', (word, root) => expect(indonesianKey(word)).toBe(root));

  it.each([
    ['attacked', 'attack'],
    ['attacks', 'attack'],
    ["Russia's", 'russia'],
    ['countries', 'country'],
    ['is', 'is'],
    ['class', 'class'],
  ])('stems %s to %s', (word, key) => expect(englishKey(word)).toBe(key));

  it('compares numbers written either way', () => {
    expect(numberKey('2.500')).toBe(numberKey('2,500'));
    expect(numberKey('kata')).toBeUndefined();
  });
});
