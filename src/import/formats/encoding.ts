import { FormatError } from './blocks';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of a text file as text: UTF-8, with or without its byte-order mark.
 * Anything else is refused with the line of the first byte that is not
 * UTF-8, so the person can find it: a file that holds valid UTF-8 and
 * also bytes in another encoding was put together from two sources
 * (`mixed_encoding`), one with no UTF-8 sequence at all is in an older
 * encoding (`not_utf8`). Guessing the other encoding would store garbled
 * text that nobody can read or align.
 */
export function decodeText(bytes: Uint8Array, field: string, fileName = ''): string {
  if (bytes.includes(0)) {
    throw new FormatError('binary_file', `${fileName || 'The file'} is not a text file.`, field, { file: fileName });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const scan = scanUtf8(bytes);
    const params = { file: fileName, line: scan.firstBadLine };
    if (scan.validMultiByte > 0) {
      throw new FormatError('mixed_encoding', `${fileName || 'The file'} mixes UTF-8 with another encoding (line ${scan.firstBadLine}).`, field, params);
    }
    throw new FormatError('not_utf8', `${fileName || 'The file'} is not UTF-8 text (line ${scan.firstBadLine}).`, field, params);
  }
}

/** Counts well-formed UTF-8 multi-byte sequences and finds the line of the first byte that is not UTF-8. */
function scanUtf8(bytes: Uint8Array): { validMultiByte: number; firstBadLine: number } {
  let validMultiByte = 0;
  let firstBadLine = 0;
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      validMultiByte++;
      i += length;
    } else {
      if (!firstBadLine) firstBadLine = line;
      i++;
    }
  }
  return { validMultiByte, firstBadLine };
}
