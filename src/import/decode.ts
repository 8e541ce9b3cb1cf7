import { InputError } from './input-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns an uploaded file into text, refusing what is not UTF-8 text: a binary
 * file would otherwise be stored as mojibake that nobody can read or align.
 */
export function decodeTextFile(bytes: Uint8Array, field: string, fileName = ''): string {
  if (bytes.includes(0)) {
    throw new InputError('binary_file', `${fileName || 'The file'} is not a text file.`, field, { file: fileName });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('not_utf8', `${fileName || 'The file'} is not UTF-8 text.`, field, { file: fileName });
  }
}
