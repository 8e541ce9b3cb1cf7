import { htmlparser2Package } from './packages';
import type { Block } from './blocks';

/**
 * Blocks of an HTML or XHTML body, read as a parsed tree (htmlparser2): no
 * script runs, no style applies and nothing the markup names (images,
 * stylesheets, frames) is fetched; only text is read. Headings stay
 * headings; paragraphs, list items, table cells and other block elements
 * become paragraphs; footnotes (EPUB `epub:type="footnote"`, mammoth's
 * `footnote-N` list items) are kept apart and their reference marks dropped.
 */

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head', 'title', 'nav', 'button', 'select', 'form']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer',
  'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'aside', 'body', 'html', 'hr', 'address', 'center',
]);
const HEADING = /^h([1-6])$/;

/** Real pages and books nest a few dozen elements deep; thousands is an attack on the readers. */
export const MAX_NESTING = 500;

/**
 * How deep the markup nests, read as a stream (no tree, no recursion), so a
 * page of thousands of nested elements is refused before a reader whose work
 * grows with the depth (Readability, the tree walks here) is given it.
 */
export function nestingDepth(html: string, options: { xml?: boolean } = {}): number {
  let depth = 0;
  let deepest = 0;
  const parser = new (htmlparser2Package().Parser)(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth--;
      },
    },
    { xmlMode: options.xml ?? false },
  );
  parser.write(html);
  parser.end();
  return deepest;
}

export interface HtmlBlocks {
  blocks: Block[];
  notes: string[];
}

export function htmlBlocks(html: string, options: { xml?: boolean } = {}): HtmlBlocks {
  // Deeper markup would overflow the stack of the walks below; readFile refuses it as too deeply nested.
  if (nestingDepth(html, options) > MAX_NESTING) throw new RangeError('markup nested too deeply');
  const root = htmlparser2Package().parseDocument(html, { xmlMode: options.xml ?? false, decodeEntities: true }) as unknown as Node;
  const out: HtmlBlocks = { blocks: [], notes: [] };
  let buffer = '';
  const flush = () => {
    if (buffer.trim()) out.blocks.push({ kind: 'paragraph', text: buffer });
    buffer = '';
  };
  const walk = (node: Node): void => {
    if (node.type === 'text') {
      buffer += node.data ?? '';
      return;
    }
    if (node.type === 'cdata') {
      for (const child of node.children ?? []) walk(child);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = localName(node.name ?? '');
    if (SKIPPED.has(name) || isNoteReference(node)) return;
    if (isNote(node)) {
      flush();
      const text = textOf(node).trim();
      if (text) out.notes.push(text);
      return;
    }
    const heading = HEADING.exec(name);
    if (heading) {
      flush();
      out.blocks.push({ kind: 'heading', level: Number(heading[1]), text: textOf(node) });
      return;
    }
    if (name === 'br') {
      buffer += ' ';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

function epubType(node: Node): string {
  return node.attribs?.['epub:type'] ?? node.attribs?.role ?? '';
}

/** A footnote or endnote body: EPUB's semantic types, or the ids mammoth gives Word's notes. */
function isNote(node: Node): boolean {
  if (/\b(doc-)?(footnote|endnote|rearnote)s?\b/.test(epubType(node)) && !/noteref/.test(epubType(node))) return true;
  return /^(footnote|endnote)-\d+$/.test(node.attribs?.id ?? '');
}

/** The mark in the text that points at a note ("[1]", a superscript number). */
function isNoteReference(node: Node): boolean {
  if (/noteref/.test(epubType(node))) return true;
  // mammoth's mark in the text has the id footnote-ref-N; the note's way back to it links to #footnote-ref-N.
  const ref = /^#?(footnote|endnote)-ref-\d+$/;
  return ref.test(node.attribs?.id ?? '') || ref.test(node.attribs?.href ?? '');
}

export function textOf(node: Node): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'cdata') return '';
  const name = localName(node.name ?? '');
  if (SKIPPED.has(name) || isNoteReference(node)) return '';
  if (name === 'br') return ' ';
  const inner = (node.children ?? []).map(textOf).join('');
  return BLOCK.has(name) || HEADING.test(name) ? ` ${inner} ` : inner;
}
