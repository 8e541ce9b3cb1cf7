import { describe, expect, it } from 'vitest';
import { freedictTranslations, parseDictdIndex, parseDictionaryTsv, parseHunspellDic, reverseFreedict } from '../../../src/core/words/dictionary-formats';

describe('dictionary formats', () => {
  it('keeps the stems of a hunspell word list, without affix classes, counts or single letters', () => {
    expect(parseHunspellDic('5\na\nabad/i0\nserang/B0D0Ka\nSurabaya\ndua puluh\n')).toEqual([
      { word: 'abad', gloss: '', source: 'hunspell' },
      { word: 'serang', gloss: '', source: 'hunspell' },
      { word: 'surabaya', gloss: '', source: 'hunspell' },
    ]);
  });

  it('reverses FreeDict entries into Indonesian look-ups by the index’s byte offsets', () => {
    const entries = ['attack /əˈtæk/ <n>\n1. serangan, anfal\nsudden onset\n2. serang, serbu\noffense\n', 'city /ˈsɪti/ <n>\nkota\nlarge town\n'];
    const data = Buffer.from(entries.join(''), 'utf8');
    const first = Buffer.byteLength(entries[0]!);
    // dictd writes offsets and lengths in its own base 64 (A=0 … /=63).
    const b64 = (n: number) => { const d = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; let s = ''; do { s = d[n % 64] + s; n = Math.floor(n / 64); } while (n > 0); return s; };
    const index = parseDictdIndex(`00databaseinfo\tA\tB\nattack\tA\t${b64(first)}\ncity\t${b64(first)}\t${b64(data.length - first)}\n`);
    expect(index.map((e) => e.headword)).toEqual(['attack', 'city']);
    expect(reverseFreedict(index, data)).toEqual([
      { word: 'serangan', gloss: 'attack', source: 'freedict' },
      { word: 'anfal', gloss: 'attack', source: 'freedict' },
      { word: 'serang', gloss: 'attack', source: 'freedict' },
      { word: 'serbu', gloss: 'attack', source: 'freedict' },
      { word: 'kota', gloss: 'city', source: 'freedict' },
    ]);
  });

  it('leaves out affixes and explanations given as translations', () => {
    expect(freedictTranslations('ness <suffix>\ne- -an\nappended\n')).toEqual([]);
    expect(freedictTranslations('tenth <adj>\nke-10, kesepuluh, ke- (prefix)\nordinal\n')).toEqual(['ke-10', 'kesepuluh']);
  });

  it('reads word<TAB>gloss lines, skipping comments, lines without a tab and over-long entries', () => {
    expect(parseDictionaryTsv(`# kamus\nRumah\thouse; home\nrusak\n${'x'.repeat(65)}\tlong\nkota\t\n`)).toEqual([{ word: 'rumah', gloss: 'house; home', source: 'tsv' }]);
  });
});
