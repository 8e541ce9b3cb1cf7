import { describe, expect, it } from 'vitest';
import { analyseWord, describeBuild } from '../../../src/core/glossary';

describe('analyseWord', () => {
  it.each([
    ['diserang', 'di- + serang'],
    ['menyerang', 'meN- + serang'],
    ['keamanan', 'ke- + aman + -an'],
    ['pertempuran', 'per- + tempur + -an'],
    ['mengirim', 'meN- + kirim'],
    ['memastikan', 'meN- + pasti + -kan'],
    ['keberhasilan', 'ke- + ber- + hasil + -an'],
    ['memperbesar', 'meN- + per- + besar'],
    ['belajar', 'ber- + ajar'],
    ['negara-negaranya', 'negara (reduplication) + -nya'],
    ['pemerintahan', 'pemerintah + -an'],
    ['memerintah', 'meN- + perintah'],
    ['pendudukan', 'peN- + duduk + -an'],
    ['kependudukan', 'ke- + penduduk + -an'],
    ['pasukannya', 'pasukan + -nya'],
    ['sekolah', 'sekolah'],
    ['hanya', 'hanya'],
    ['apakah', 'apakah'],
  ])('%s = %s', (word, build) => {
    const analysis = analyseWord(word);
    expect(analysis && describeBuild(analysis)).toBe(build);
  });

  it('returns the parts separately', () => {
    expect(analyseWord('Pasukan-pasukannya')).toEqual({
      root: 'pasukan', prefixes: [], suffixes: [], clitics: ['-nya'], reduplicated: true,
    });
  });

  it.each(['Kazakhstan', 'wewenang', 'xyzzy'])('%s has no analysis', (word) => {
    expect(analyseWord(word)).toBeNull();
  });
});
