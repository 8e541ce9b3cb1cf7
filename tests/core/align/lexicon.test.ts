import { describe, expect, it } from 'vitest';
import { buildLexicon, englishHeadword, translate } from '../../../src/core/align/lexicon';

describe('translate', () => {
  const lexicon = buildLexicon();
  it.each([
    { word: 'jalan', expected: ['road', 'street', 'way', 'walk'], how: 'a listed word' },
    { word: 'menjalankan', expected: ['road', 'street', 'way', 'walk'], how: 'prefix and suffix undone' },
    { word: 'berjalanlah', expected: ['road', 'street', 'way', 'walk'], how: 'two suffixes and a prefix undone' },
    { word: 'kebebasannya', expected: ['freedom', 'liberty'], how: 'a listed derived form found before its base' },
    { word: 'pengiriman', expected: ['send', 'sent'], how: 'a prefix whose first letter was dropped (k)' },
    { word: 'dikirimkan', expected: ['send', 'sent'], how: 'di- and -kan undone' },
    { word: 'kota-kota', expected: ['city', 'town'], how: 'a reduplicated word' },
    { word: 'kewarga-negaraan', expected: ['nationality', 'citizenship'], how: 'a compound in the older hyphenated spelling' },
    { word: 'kewarga-negaraannya', expected: ['nationality', 'citizenship'], how: 'a hyphenated compound with a suffix' },
    { word: 'diserang', expected: ['attack', 'attacks', 'attacked', 'assault', 'raid'], how: 'di- undone on a base word' },
    { word: 'menekankan', expected: ['press', 'pressure', 'stress', 'emphasise', 'emphasize'], how: 'meN- (t dropped) and -kan undone' },
    { word: 'pengungsi', expected: ['flee', 'fled', 'evacuate', 'displaced', 'refugee'], how: 'peN- undone before a vowel' },
    { word: 'mematuhi', expected: ['obey', 'comply', 'compliance', 'obedient'], how: 'meN- (p dropped) and -i undone' },
    { word: 'diperkirakan', expected: ['estimate', 'expected', 'predict'], how: 'di- undone on a listed per- form, after -kan' },
    { word: 'menangani', expected: ['handle', 'tackle', 'treat'], how: 'a listed -i form found before the shorter base (tangan, hand)' },
    { word: 'memakan', expected: ['eat', 'ate', 'eaten', 'food', 'meal'], how: 'me- before m, not mem- before a vowel (akan, will)' },
    { word: 'menuang', expected: undefined, how: 'a vowel after men- stands for a dropped t (tuang), never for itself (uang, money)' },
    { word: 'menawan', expected: undefined, how: 'nor after men- before a (awan, cloud)' },
    { word: 'mencari', expected: ['search', 'look', 'seek'], how: 'men- kept before c' },
    { word: 'membeli', expected: ['buy', 'bought'], how: 'mem- kept before b' },
    { word: 'Jalan', expected: ['road', 'street', 'way', 'walk'], how: 'upper case' },
    { word: 'xyzzy', expected: undefined, how: 'an unknown word' },
  ])('$word: $how', ({ word, expected }) => {
    expect(translate(lexicon, word)).toEqual(expected);
  });
});

describe('englishHeadword', () => {
  const lexicon = buildLexicon();
  it.each([
    ['roads', 'road'],
    ['cities', 'city'],
    ['walked', 'walk'],
    ['walking', 'walk'],
    ['city’s', 'city'],
    ["city's", 'city'],
    ['xyzzy', undefined],
  ])('%s → %s', (word, expected) => {
    expect(englishHeadword(lexicon, word)).toBe(expected);
  });
});
