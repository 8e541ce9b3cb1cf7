import { linkedomPackage, readabilityPackage } from './packages';
import { documentOf, FormatError, type ReadDocument } from './blocks';
import { decodeTextFile } from '../decode';
import { htmlBlocks, MAX_NESTING, nestingDepth } from './html-blocks';

/**
 * A web page saved from a browser: the article body only, as Firefox's
 * reader view finds it (@mozilla/readability over linkedom's DOM, which runs
 * no script and loads nothing), then read into blocks with its headings.
 * Menus, ads, comments and other page furniture are left out; a page with
 * no article in it (too little text for Readability) is read whole.
 */
export function readHtml(bytes: Uint8Array, field: string, fileName: string): ReadDocument {
  const html = decodeTextFile(bytes, field, fileName);
  if (nestingDepth(html) > MAX_NESTING) throw new FormatError('too_deeply_nested', `${fileName || 'The page'} is nested too deeply to read.`, field, { file: fileName });
  const { document } = linkedomPackage().parseHTML(html);
  const article = new (readabilityPackage().Readability)(document as unknown as Document, { charThreshold: 200 }).parse();
  const content = article?.content ?? html;
  const { blocks } = htmlBlocks(content);
  if (blocks.length === 0) throw new FormatError('no_article', `${fileName || 'The page'} holds no text.`, field, { file: fileName });
  const title = article?.title?.trim() || null;
  // Readability drops the article's own title from the body; put it back as its first heading.
  if (title && !(blocks[0]?.kind === 'heading' && blocks[0].text.trim() === title)) blocks.unshift({ kind: 'heading', level: 1, text: title });
  return documentOf('html', blocks, { title });
}

