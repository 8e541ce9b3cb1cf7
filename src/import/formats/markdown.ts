import type { Token, Tokens } from 'marked';
import { markedPackage } from './packages';
import { documentOf, type Block, type ReadDocument } from './blocks';
import { decodeTextFile } from '../decode';
import { joinWrapped } from './unwrap';

/**
 * Markdown through marked's lexer: headings stay headings, paragraphs, list
 * items, quotations and table rows become paragraphs, inline markup (emphasis,
 * links, code spans) is reduced to its text. Raw HTML and images are dropped,
 * code blocks kept as they are written.
 */
export function readMarkdown(bytes: Uint8Array, field: string, fileName: string): ReadDocument {
  const tokens = new (markedPackage().Lexer)({ gfm: true }).lex(flattenNesting(decodeTextFile(bytes, field, fileName)));
  const blocks: Block[] = [];
  for (const token of tokens) collect(token, blocks);
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text ?? null;
  return documentOf('markdown', blocks, { title });
}

const MAX_INDENT = 16;
const MAX_QUOTE_DEPTH = 8;

/**
 * Caps how deep a line may nest (leading spaces, quotation marks): the text
 * is the same at any depth, while thousands of nested lists or quotations
 * make the parser's work and memory grow far faster than the file.
 */
function flattenNesting(text: string): string {
  return text.replace(/^([ \t]*)((?:>[ \t]?)*)/gm, (_, indent: string, quotes: string) => {
    const depth = (quotes.match(/>/g) ?? []).length;
    return `${indent.length > MAX_INDENT ? ' '.repeat(MAX_INDENT) : indent}${depth > MAX_QUOTE_DEPTH ? '> '.repeat(MAX_QUOTE_DEPTH) : quotes}`;
  });
}

function collect(token: Token, blocks: Block[]): void {
  switch (token.type) {
    case 'heading':
      blocks.push({ kind: 'heading', level: (token as Tokens.Heading).depth, text: inline(token.tokens) });
      return;
    case 'paragraph':
    case 'text':
      blocks.push({ kind: 'paragraph', text: 'tokens' in token && token.tokens ? inline(token.tokens) : (token as Tokens.Text).text });
      return;
    case 'code':
      blocks.push({ kind: 'paragraph', text: (token as Tokens.Code).text });
      return;
    case 'blockquote':
      for (const inner of (token as Tokens.Blockquote).tokens) collect(inner, blocks);
      return;
    case 'list':
      for (const item of (token as Tokens.List).items) for (const inner of item.tokens) collect(inner, blocks);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      for (const row of [table.header, ...table.rows]) blocks.push({ kind: 'paragraph', text: row.map((cell) => inline(cell.tokens)).join(' | ') });
      return;
    }
    default:
      // space, hr, html (raw markup is never carried over), def
      return;
  }
}

/** The readable text of inline tokens; line breaks inside a paragraph are joined as wrapped lines. */
function inline(tokens: Token[] | undefined): string {
  const raw = (tokens ?? []).map(inlineText).join('');
  return raw.split('\n').reduce((acc, line) => joinWrapped(acc, line), '');
}

function inlineText(token: Token): string {
  switch (token.type) {
    case 'html':
    case 'image':
      return '';
    case 'br':
      return '\n';
    case 'codespan':
      return (token as Tokens.Codespan).text;
    case 'escape':
      return (token as Tokens.Escape).text;
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) return inline(token.tokens);
      return 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : '';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]);
}
