import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText } from '../../../src/core/text/index';

describe('normalizeText: the one intake', () => {
  const cases: [string, string, string][] = [
    ['drops C0 control characters', 'Ra\u0007pat\u0000 besok\u001B.', 'Rapat besok.'],
    ['drops DEL and C1 control characters', 'Ra\u007Fpat\u0080 be\u009Fsok.', 'Rapat besok.'],
    ['keeps tabs and line feeds', 'a\tb\nc', 'a\tb\nc'],
    ['turns CRLF, lone CR and NEL into line feeds', 'a\r\nb\rc\u0085d', 'a\nb\nc\nd'],
    ['turns line and paragraph separators into line feeds', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['drops byte-order marks, zero-width spaces, word joiners and soft hyphens', '\uFEFFpe\u00ADnye\u200Bra\u2060ngan', 'penyerangan'],
    ['composes to NFC', 'cafe\u0301', 'caf\u00E9'],
    ['makes odd spaces plain and trims line ends', 'a\u00A0b\u2009c  \nd', 'a b c\nd'],
    ['drops form feeds and vertical tabs', 'a\fb\vc', 'abc'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeLine', () => {
  it('is the intake with every run of white space one space, trimmed', () => {
    expect(normalizeLine('  Judul\n\u0007 baru\t\tini  ')).toBe('Judul baru ini');
  });
});
