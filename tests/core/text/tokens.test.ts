import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../../src/core/text';

/** Compact form "kind:text" keeps the tables readable. */
function compact(tokens: Token[]): string[] {
  return tokens.map((token) => `${token.kind}:${token.text}`);
}

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['  \n ', []],
    ['Pasukan tiba.', ['word:Pasukan', 'word:tiba', 'punct:.']],
    ['negara-negara sebesar-besarnya kupu-kupu', ['word:negara-negara', 'word:sebesar-besarnya', 'word:kupu-kupu']],
    ['Kassym-Jomart Tokayev', ['word:Kassym-Jomart', 'word:Tokayev']],
    ['anti-terorisme Al-Qaeda', ['word:anti-terorisme', 'word:Al-Qaeda']],
    ["Jum'at don't Qur’an", ["word:Jum'at", "word:don't", 'word:Qur’an']],
    ['2.500', ['number:2.500']],
    ['1.000.000,50', ['number:1.000.000,50']],
    ['5,3 persen', ['number:5,3', 'word:persen']],
    ['pukul 10.30', ['word:pukul', 'number:10.30']],
    ['2.500-3.000 tentara', ['number:2.500', 'punct:-', 'number:3.000', 'word:tentara']],
    ['Rp 1.000.000,50.', ['word:Rp', 'number:1.000.000,50', 'punct:.']],
    ['tahun 2020, lalu', ['word:tahun', 'number:2020', 'punct:,', 'word:lalu']],
    ['café niño Ñandú', ['word:café', 'word:niño', 'word:Ñandú']],
    ['Cafe\u0301', ['word:Cafe\u0301']],
    ['COVID-19 ke-2 v1.2', ['word:COVID-19', 'word:ke-2', 'word:v1.2']],
    ['"Kami siap," kata Zas.', ['punct:"', 'word:Kami', 'word:siap', 'punct:,', 'punct:"', 'word:kata', 'word:Zas', 'punct:.']],
    ['“Ya!” (CSTO)', ['punct:“', 'word:Ya', 'punct:!', 'punct:”', 'punct:(', 'word:CSTO', 'punct:)']],
    ["'negara' students'", ["punct:'", 'word:negara', "punct:'", 'word:students', "punct:'"]],
    ['ragu... lalu… pergi?!', ['word:ragu', 'punct:...', 'word:lalu', 'punct:…', 'word:pergi', 'punct:?', 'punct:!']],
    ['pra- dan pascasarjana', ['word:pra', 'punct:-', 'word:dan', 'word:pascasarjana']],
    ['Jakarta—Reuters', ['word:Jakarta', 'punct:—', 'word:Reuters']],
    ['naik 5% dan $3 + €2', ['word:naik', 'number:5', 'punct:%', 'word:dan', 'symbol:$', 'number:3', 'symbol:+', 'symbol:€', 'number:2']],
    ['10km', ['number:10', 'word:km']],
    ['Dr. Budi', ['word:Dr', 'punct:.', 'word:Budi']],
    ['Intisari-online.com - Sebuah', ['word:Intisari-online.com', 'punct:-', 'word:Sebuah']],
    ['https://www.kompas.com/read/2022/01/06/x.html.', ['word:https://www.kompas.com/read/2022/01/06/x.html', 'punct:.']],
    ['(a.b@c.id)', ['punct:(', 'word:a.b@c.id', 'punct:)']],
    ['www.bps.go.id,', ['word:www.bps.go.id', 'punct:,']],
    ['Zas.Pasukan', ['word:Zas', 'punct:.', 'word:Pasukan']],
    ['Москва 東京', ['word:Москва', 'word:東京']],
    ['ok 👍', ['word:ok', 'symbol:👍']],
  ])('%j', (text, expected) => {
    expect(compact(tokenize(text))).toEqual(expected);
  });

  it.each([
    'Atas permintaan Presiden Kassym-Jomart Tokayev, Rusia dan negara-negara anggota CSTO telah mengirim pasukan.',
    '"Setelah diskusi mendesak," kata Zas. Diperkirakan 2.500-3.000 tentara 👍 tiba pukul 10.30.',
    '  spasi\tdi awal\n dan baris baru  ',
  ])('gives offsets that slice back to each token: %j', (text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const token of tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
      expect(token.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, token.start).trim()).toBe('');
      previousEnd = token.end;
    }
    expect(text.slice(previousEnd).trim()).toBe('');
  });
});
