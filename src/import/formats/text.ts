import { documentOf, type ReadDocument } from './blocks';
import { decodeTextFile } from '../decode';
import { plainParagraphs } from './unwrap';

/** Plain text: decoded (import/decode.ts), then paragraphs by blank lines, hard-wrapped lines rejoined (unwrap.ts). */
export function readPlainText(bytes: Uint8Array, field: string, fileName: string, keepLines = false): ReadDocument {
  const text = decodeTextFile(bytes, field, fileName);
  return documentOf(
    'text',
    plainParagraphs(text, keepLines).map((p) => ({ kind: 'paragraph', text: p })),
  );
}
