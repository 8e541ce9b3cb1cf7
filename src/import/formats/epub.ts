import { htmlparser2Package } from './packages';
import { cleanBlocks, DEFAULT_FILE_LIMITS, FormatError, squeeze, type Block, type FileLimits, type ReadDocument } from './blocks';
import { htmlBlocks, textOf } from './html-blocks';
import { entryText, unpackEntries } from './zip';

/** The entries of a book that hold text or say how to read it; images, fonts and styles stay packed. */
const TEXT_ENTRY = /(\.xml|\.opf|\.ncx|\.xhtml|\.html|\.htm)$/i;

interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
}

/**
 * An EPUB (2 or 3): the container names the package (OPF), whose spine gives
 * the reading order; each spine item is a chapter of XHTML read into blocks
 * (html-blocks.ts: headings kept, notes apart, nothing run or fetched).
 * Items marked non-linear (covers, pop-up notes) and the navigation document
 * are left out. Unpacked within the archive limits (zip.ts).
 */
export function readEpub(bytes: Uint8Array, field: string, fileName: string, limits: FileLimits = DEFAULT_FILE_LIMITS): ReadDocument {
  const entries = unpackEntries(bytes, (name) => TEXT_ENTRY.test(name), field, fileName, limits);
  const broken = (why: string) => new FormatError('broken_epub', `${fileName || 'The book'} is not a readable EPUB (${why}).`, field, { file: fileName });
  const container = entryText(entries, 'META-INF/container.xml');
  if (!container) throw broken('no META-INF/container.xml');
  const opfPath = findAll(parseXml(container), 'rootfile')[0]?.attribs?.['full-path'];
  const opfText = opfPath && entryText(entries, opfPath);
  if (!opfPath || !opfText) throw broken('no package document');
  const opf = parseXml(opfText);
  const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const manifest = new Map<string, { href: string; properties: string }>();
  for (const item of findAll(opf, 'item')) {
    const a = item.attribs ?? {};
    if (a.id && a.href) manifest.set(a.id, { href: resolve(base, a.href), properties: a.properties ?? '' });
  }
  const blocks: Block[] = [];
  const chapters: number[] = [];
  const notes: string[] = [];
  for (const ref of findAll(opf, 'itemref')) {
    const item = manifest.get(ref.attribs?.idref ?? '');
    if (!item || ref.attribs?.linear === 'no' || /\bnav\b/.test(item.properties)) continue;
    const xhtml = entryText(entries, item.href);
    if (xhtml === undefined) continue;
    const read = htmlBlocks(xhtml);
    const chapter = cleanBlocks(read.blocks);
    notes.push(...read.notes);
    if (chapter.length === 0) continue;
    chapters.push(blocks.length);
    blocks.push(...chapter);
  }
  if (blocks.length === 0 && manifest.size === 0) throw broken('an empty package');
  const titleNode = findAll(opf, 'title')[0];
  const title = titleNode ? squeeze((titleNode.children ?? []).map((c) => textOf(c as never)).join('')) || null : null;
  return { format: 'epub', blocks, chapters, notes: notes.map(squeeze).filter(Boolean), title };
}

function parseXml(text: string): XmlNode {
  return htmlparser2Package().parseDocument(text, { xmlMode: true }) as unknown as XmlNode;
}

/** Elements by local name (namespace prefixes such as `opf:` or `dc:` ignored), in document order. */
function findAll(node: XmlNode, local: string, out: XmlNode[] = []): XmlNode[] {
  if (node.type === 'tag' && (node.name ?? '').replace(/^.*:/, '').toLowerCase() === local) out.push(node);
  for (const child of node.children ?? []) findAll(child, local, out);
  return out;
}

/** A manifest href resolved against the package's folder: percent-decoded, fragment dropped, `..` applied. */
function resolve(base: string, href: string): string {
  let path = href.split('#')[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written; the entry is then simply not found.
  }
  const parts: string[] = [];
  for (const part of (base + path).split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}
