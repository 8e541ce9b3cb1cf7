import { documentOf, type ReadDocument } from './blocks';
import { decodeText } from './encoding';
import { plainParagraphs } from './unwrap';

/** Plain text: decoded (encoding.ts), then paragraphs by blank lines, hard-wrapped lines rejoined (unwrap.ts). */
export function readPlainText(bytes: Uint8Array, field: string, fileName: string, keepLines = false): ReadDocument {
  const text = decodeText(bytes, field, fileName);
  return documentOf(
    'text',
    plainParagraphs(text, keepLines).map((p) => ({ kind: 'paragraph', text: p })),
  );
}
