import { FormatError } from './formats/blocks';

/**
 * The one rule for the bytes of an uploaded text file (plain text, Markdown,
 * a web page, subtitles, TMX, a glossary, a replaced English side):
 *
 * - a byte-order mark names the encoding: UTF-8, UTF-16 little or big endian;
 * - without one, text that is valid UTF-8 is UTF-8;
 * - text with no valid UTF-8 sequence at all, whose bytes above 127 are few
 *   and all Windows-1252 characters, is Windows-1252 (a superset of
 *   ISO-8859-1, what older Indonesian and English files were saved in);
 * - anything else is refused with the line of the first byte that does not
 *   decode: a file holding valid UTF-8 beside other bytes was put together
 *   from two sources (`mixed_encoding`), and a file whose bytes above 127
 *   are many or not Windows-1252 characters is in an encoding that cannot be
 *   told from its bytes (`not_utf8`). Guessing there would store garbled text
 *   that nobody can read or align;
 * - a NUL byte outside UTF-16 means a binary file (`binary_file`).
 */
export function decodeTextFile(bytes: Uint8Array, field: string, fileName = ''): string {
  const refuse = (code: 'mixed_encoding' | 'not_utf8' | 'binary_file', line?: number) => {
    const params: Record<string, string | number> = line === undefined ? { file: fileName } : { file: fileName, line };
    return new FormatError(code, `${fileName || 'The file'} ${REFUSALS[code]}${line === undefined ? '' : ` (line ${line})`}.`, field, params);
  };
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const units = utf16Units(bytes.subarray(2), utf16);
    const bad = firstLoneSurrogate(units);
    if (bad >= 0) throw refuse('not_utf8', lineAtUnit(units, bad));
    return decodeUnits(units);
  }
  if (bytes.includes(0)) throw refuse('binary_file');
  const scan = scanUtf8(bytes);
  if (scan.firstBadByte < 0) return utf8.decode(bytes);
  const line = lineAtByte(bytes, scan.firstBadByte);
  // Many bytes that are not UTF-8 make chance UTF-8 sequences likely: such a file is in one unknown encoding, not two.
  if (scan.badBytes > MAX_NOT_UTF8_SHARE * visibleBytes(bytes)) throw refuse('not_utf8', line);
  if (scan.validMultiByte > 0) throw refuse('mixed_encoding', line);
  const unknown = firstNonWindows1252(bytes);
  if (unknown >= 0) throw refuse('not_utf8', lineAtByte(bytes, unknown));
  return decodeWindows1252(bytes);
}

const REFUSALS = {
  mixed_encoding: 'mixes UTF-8 with another encoding',
  not_utf8: 'is in an encoding Sejajar cannot tell (not UTF-8, UTF-16 or Windows-1252)',
  binary_file: 'is not a text file',
} as const;

/** Strips a UTF-8 byte-order mark itself (ignoreBOM false). */
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * What Windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has control
 * characters; written out because Node 20's TextDecoder reads that range as
 * ISO-8859-1 whatever label it is given. Undefined bytes keep their
 * control character (and are refused before decoding).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Bytes Windows-1252 leaves undefined: a file holding one is in another
 * single-byte encoding (DOS or Mac code pages), whose letters would be misread.
 */
const UNDEFINED_IN_WINDOWS_1252: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Most bytes above 127 that are not UTF-8, as a share of the non-space bytes
 * of a Windows-1252 or a mixed file. An Indonesian or English text has an
 * accented name or a curly quote here and there; a text in a multi-byte
 * encoding (Shift JIS, GBK) or a Cyrillic or Greek code page has them on
 * nearly every letter.
 */
const MAX_NOT_UTF8_SHARE = 0.3;

function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

/** The 16-bit code units of UTF-16 bytes; an odd last byte is a unit of its own, and fails as a lone half. */
function utf16Units(bytes: Uint8Array, order: 'le' | 'be'): Uint16Array {
  const units = new Uint16Array(Math.ceil(bytes.length / 2));
  for (let u = 0; u < units.length; u++) {
    const first = bytes[2 * u]!;
    const second = 2 * u + 1 < bytes.length ? bytes[2 * u + 1]! : 0xd8;
    units[u] = order === 'le' ? first | (second << 8) : (first << 8) | second;
  }
  return units;
}

function decodeUnits(units: Uint16Array): string {
  let text = '';
  // In slices: spreading a whole 2 MiB file into one call would outgrow the stack.
  for (let u = 0; u < units.length; u += 8192) text += String.fromCharCode(...units.subarray(u, u + 8192));
  return text;
}

/** Index of the first surrogate without its other half, or -1. */
function firstLoneSurrogate(units: Uint16Array): number {
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && u + 1 < units.length && units[u + 1]! >= 0xdc00 && units[u + 1]! <= 0xdfff) u++;
    else return u;
  }
  return -1;
}

function lineAtUnit(units: Uint16Array, index: number): number {
  let line = 1;
  for (let u = 0; u < index; u++) if (units[u] === 0x0a) line++;
  return line;
}

function lineAtByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Counts well-formed UTF-8 multi-byte sequences and the bytes outside them above 127, and finds the first of those (-1 for none). */
function scanUtf8(bytes: Uint8Array): { validMultiByte: number; badBytes: number; firstBadByte: number } {
  let validMultiByte = 0;
  let badBytes = 0;
  let firstBadByte = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      validMultiByte++;
      i += length;
    } else {
      if (firstBadByte < 0) firstBadByte = i;
      badBytes++;
      i++;
    }
  }
  return { validMultiByte, badBytes, firstBadByte };
}

/** Length of the well-formed UTF-8 sequence starting at i (no overlong forms, surrogates or values past U+10FFFF), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[i + 1]!;
  if (b === 0xe0 && second < 0xa0) return 0;
  if (b === 0xed && second > 0x9f) return 0;
  if (b === 0xf0 && second < 0x90) return 0;
  if (b === 0xf4 && second > 0x8f) return 0;
  return length;
}

function firstNonWindows1252(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (UNDEFINED_IN_WINDOWS_1252.has(bytes[i]!)) return i;
  return -1;
}

/** Bytes other than spaces and control characters. */
function visibleBytes(bytes: Uint8Array): number {
  let visible = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x20) visible++;
  return visible;
}
