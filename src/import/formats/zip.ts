import { unzipSync } from 'fflate';
import { DEFAULT_FILE_LIMITS, FormatError, type FileLimits } from './blocks';

/**
 * The entries of a ZIP archive (EPUB, DOCX) that a reader asks for, unpacked
 * within limits: at most `maxEntries` entries in the archive, and the asked
 * entries together at most `maxUnpackedBytes` as their headers declare them.
 * fflate unpacks each entry into a buffer of its declared size and never
 * past it, so an entry that lies about its size (a zip bomb) cannot grow
 * memory beyond the limit either. Other entries (images, fonts) are never
 * unpacked.
 */
export function unpackEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  field: string,
  fileName: string,
  { maxEntries, maxUnpackedBytes }: FileLimits = DEFAULT_FILE_LIMITS,
): Map<string, Uint8Array> {
  let entries = 0;
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries++;
        if (entries > maxEntries) {
          throw new FormatError('too_many_entries', `${fileName || 'The archive'} has more than ${maxEntries} entries.`, field, {
            file: fileName,
            max: maxEntries,
          });
        }
        if (!wanted(file.name)) return false;
        declared += file.originalSize;
        if (declared > maxUnpackedBytes) {
          throw new FormatError('archive_too_large', `${fileName || 'The archive'} unpacks to more than ${maxUnpackedBytes} bytes.`, field, {
            file: fileName,
            max: maxUnpackedBytes,
          });
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw new FormatError('broken_archive', `${fileName || 'The file'} is not a readable ZIP archive.`, field, { file: fileName });
  }
  return new Map(Object.entries(files));
}

const utf8 = new TextDecoder('utf-8');

export function entryText(entries: Map<string, Uint8Array>, name: string): string | undefined {
  const bytes = entries.get(name);
  return bytes && utf8.decode(bytes);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) ;
}
