import { describe, expect, it } from 'vitest';
import { numberKeys, readDigits } from '../../../src/core/align/numbers';

const shared = (id: string, en: string) => numberKeys(id, 'id').filter((k) => numberKeys(en, 'en').includes(k));

describe('number normalisation across Indonesian and English conventions', () => {
  it.each([
    ['2.500 orang', '2,500 people', 'n:2500'],
    ['1.000.000,50', '1,000,000.50', 'n:1000000.5'],
    ['5,3 persen', '5.3 percent', 'n:5.3%'],
    ['naik 5,3%', 'rose 5.3%', 'n:5.3%'],
    ['6 Januari 2022', 'January 6, 2022', 'd:1-6'],
    ['6 Januari 2022', '6 January 2022', 'n:2022'],
    ['tujuh orang', 'seven people', 'n:7'],
    ['sepuluh hari', 'ten days', 'n:10'],
    ['dua belas bulan', 'twelve months', 'n:12'],
    ['dua puluh tiga', 'twenty-three', 'n:23'],
    ['2,5 juta', '2.5 million', 'n:2500000'],
    ['Rp 3 miliar', '3 billion rupiah', 'n:3000000000'],
    ['pukul 10.30', 'at 10:30', 't:10:30'],
    ['abad ke-21', 'the 21st century', 'n:21'],
    ['bulan Agustus', 'in August', 'm:8'],
  ])('%s ↔ %s share %s', (id, en, key) => {
    expect(shared(id, en)).toContain(key);
  });

  it.each([
    ['2.500', 'id', [2500, 2.5]],
    ['2,5', 'id', [2.5]],
    ['2,500', 'en', [2500, 2.5]],
    ['1.000.000', 'id', [1000000]],
    ['1,000,000', 'en', [1000000]],
    ['1998', 'en', [1998]],
  ] as const)('reads %s (%s) as %j', (token, lang, values) => {
    expect(readDigits(token, lang)).toEqual(values);
  });

  it('does not equate different numbers', () => {
    expect(shared('2.500 orang', '25,000 people')).toEqual([]);
    expect(shared('tujuh', 'eight')).toEqual([]);
  });

  it('ignores an English "may" that is not a month', () => {
    expect(numberKeys('You may go now', 'en')).toEqual([]);
    expect(numberKeys('on 3 May', 'en')).toContain('d:5-3');
  });

  it('reads no count in "one" and "satu" used as pronouns or in idioms', () => {
    expect(numberKeys('in a spirit of brotherhood towards one another', 'en')).toEqual([]);
    expect(numberKeys('no one shall be held in slavery; one of the members', 'en')).toEqual([]);
    expect(numberKeys('bergaul satu sama lain; salah satu anggota', 'id')).toEqual([]);
    expect(shared('satu orang', 'one person')).toContain('n:1');
  });
});
