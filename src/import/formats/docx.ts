import { zipSync } from 'fflate';
import { mammothPackage } from './packages';
import { DEFAULT_FILE_LIMITS, documentOf, FormatError, type FileLimits, type ReadDocument } from './blocks';
import { htmlBlocks } from './html-blocks';
import { unpackEntries } from './zip';

/** The parts of a Word file that hold text and its structure; images, fonts and embedded files are left packed. */
const TEXT_PART = /(\.xml|\.rels)$/i;

/**
 * A Word file through mammoth: paragraphs and headings (Word's Heading 1–6
 * styles and the title style), lists and tables as paragraphs, footnotes and
 * endnotes kept apart. The archive is unpacked within the limits first
 * (zip.ts) and mammoth reads a copy holding only those text parts, so it
 * never meets an oversized or lying entry; images are not read.
 */
export async function readDocx(bytes: Uint8Array, field: string, fileName: string, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<ReadDocument> {
  const entries = unpackEntries(bytes, (name) => TEXT_PART.test(name), field, fileName, limits);
  if (!entries.has('word/document.xml') && ![...entries.keys()].some((n) => /document\d*\.xml$/.test(n))) {
    throw new FormatError('broken_docx', `${fileName || 'The file'} is not a Word document.`, field, { file: fileName });
  }
  const clean = Buffer.from(zipSync(Object.fromEntries(entries), { level: 0 }));
  let html: string;
  try {
    const mammoth = mammothPackage();
    const result = await mammoth.convertToHtml(
      { buffer: clean },
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      },
    );
    html = result.value;
  } catch {
    throw new FormatError('broken_docx', `${fileName || 'The file'} is not a readable Word document.`, field, { file: fileName });
  }
  const { blocks, notes } = htmlBlocks(html);
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? null;
  return documentOf('docx', blocks, { notes, title });
}
