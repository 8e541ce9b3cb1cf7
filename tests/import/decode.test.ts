import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../src/import/decode';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), order === 'le' ? le : le.swap16()]);
};
const refusal = (code: string, line?: number) => expect.objectContaining({ code, params: line === undefined ? { file: 'f.txt' } : { file: 'f.txt', line } });

describe('decodeTextFile', () => {
  it('reads UTF-8, with its byte-order mark dropped', () => {
    expect(decodeTextFile(Buffer.from('Kafé “kopi”'), 'source')).toBe('Kafé “kopi”');
    expect(decodeTextFile(Buffer.from('\ufeffKafé'), 'source')).toBe('Kafé');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s by its byte-order mark, letters outside the first plane too', (order) => {
    expect(decodeTextFile(utf16('Kafé 😀\nbaris dua', order), 'source')).toBe('Kafé 😀\nbaris dua');
  });

  it('refuses UTF-16 with half a character, naming its line', () => {
    const broken = Buffer.concat([utf16('satu\ndua\n', 'le'), Buffer.from([0x3d, 0xd8, 0x41, 0x00])]);
    expect(() => decodeTextFile(broken, 'source', 'f.txt')).toThrow(refusal('not_utf8', 3));
  });

  it('reads Windows-1252 (and so ISO-8859-1): accents, curly quotes, the euro sign and dashes', () => {
    const text = bytes('Di Caf', [0xe9], ' Jakarta ', [0x93], 'kopi', [0x94], ' harganya ', [0x80], '5 ', [0x96], ' kata Andr', [0xe9], '.\n');
    expect(decodeTextFile(text, 'source', 'f.txt')).toBe('Di Café Jakarta “kopi” harganya €5 – kata André.\n');
  });

  it('refuses a file mixing UTF-8 with another encoding, naming the line of the first bad byte', () => {
    const mixed = bytes('Baris satu: kafé.\nBaris dua.\nBaris tiga: caf', [0xe9], '.\n');
    expect(() => decodeTextFile(mixed, 'source', 'f.txt')).toThrow(refusal('mixed_encoding', 3));
  });

  it('refuses a single-byte file with a byte Windows-1252 lacks (a DOS or Mac code page), naming its line', () => {
    expect(() => decodeTextFile(bytes('Satu.\nDua ', [0xe9], '.\nTiga ', [0x8d], '.'), 'source', 'f.txt')).toThrow(refusal('not_utf8', 3));
  });

  it('refuses text whose letters are mostly above ASCII (another script in a legacy encoding)', () => {
    const shiftJis = bytes('1.\n', [0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd]);
    expect(() => decodeTextFile(shiftJis, 'source', 'f.txt')).toThrow(refusal('not_utf8', 2));
  });

  it('refuses binary content', () => {
    expect(() => decodeTextFile(new Uint8Array([1, 0, 2]), 'source', 'f.txt')).toThrow(refusal('binary_file'));
  });
});
