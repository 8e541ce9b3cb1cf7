import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/import/formats/encoding';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Kafé'), 'source')).toBe('Kafé');
    expect(decodeText(Buffer.from('\ufeffKafé'), 'source')).toBe('Kafé');
  });

  it('refuses a file mixing UTF-8 with Latin-1, naming the first bad line', () => {
    const bytes = Buffer.concat([Buffer.from('Baris satu: kafé.\nBaris dua.\nBaris tiga: caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
    expect(() => decodeText(bytes, 'source', 'campur.txt')).toThrow(expect.objectContaining({ code: 'mixed_encoding', params: { file: 'campur.txt', line: 3 } }));
  });

  it('refuses a file in a single-byte encoding, naming the first bad line', () => {
    const bytes = Buffer.concat([Buffer.from('Satu.\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]);
    expect(() => decodeText(bytes, 'source', 'lama.txt')).toThrow(expect.objectContaining({ code: 'not_utf8', params: { file: 'lama.txt', line: 2 } }));
  });

  it('refuses binary content', () => {
    expect(() => decodeText(new Uint8Array([1, 0, 2]), 'source')).toThrow(expect.objectContaining({ code: 'binary_file' }));
  });
});
