/**
 * A bilingual EPUB 3 for reading elsewhere (e-readers, phones): the
 * document's paragraph groups side by side in two-column tables, or
 * interleaved sentence by sentence (each Indonesian sentence followed by its
 * English). Headings stay headings (h2) in both layouts and make the table of
 * contents. A new chapter file starts at each heading, so e-readers that
 * load one file at a time keep up with a long book. Pure: returns the bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { bookGroups, xmlEscape as esc, type BookGroup } from './bilingual-book';
import type { ExchangeDocument } from './pairs';

export type BookLayout = 'table' | 'interleaved';

export interface EpubOptions {
  layout: BookLayout;
  /** Stable identifier of the book (the document's address, say). */
  identifier: string;
  /** ISO 8601 time of the export. */
  modified: string;
  labels: { source: string; translation: string };
}

const XHTML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n';

function groupHtml(group: BookGroup, layout: BookLayout, id: string): string {
  const source = group.pairs.flatMap((p) => p.source).join(' ');
  const target = group.pairs.flatMap((p) => p.target).join(' ');
  if (group.heading) {
    return `<h2 id="${id}"><span lang="id">${esc(source)}</span>${target ? `<br/><span lang="en" class="en">${esc(target)}</span>` : ''}</h2>`;
  }
  if (layout === 'table') {
    return `<table><tr><td lang="id">${esc(source)}</td><td lang="en">${esc(target)}</td></tr></table>`;
  }
  return group.pairs
    .map((p) => `<p lang="id" class="id">${esc(p.source.join(' '))}</p>${p.target.length ? `<p lang="en" class="en">${esc(p.target.join(' '))}</p>` : ''}`)
    .join('\n');
}

function chapterXhtml(title: string, body: string): string {
  return `${XHTML_HEAD}<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="id" lang="id"><head><meta charset="utf-8"/><title>${esc(title)}</title><link rel="stylesheet" href="book.css"/></head><body>\n${body}\n</body></html>\n`;
}

const CSS = `table { width: 100%; border-collapse: collapse; margin: 0 0 .8em; }
td { width: 50%; vertical-align: top; padding: .2em .4em; border-top: 1px solid #ccc; }
td[lang="en"], .en { color: #333; font-style: italic; }
p.id { margin: .6em 0 0; }
p.en { margin: .1em 0 .4em; }
h2 span { display: block; }
`;

export function buildBilingualEpub(doc: ExchangeDocument, options: EpubOptions): Uint8Array {
  const groups = bookGroups(doc);
  const chapters: { title: string; body: string[]; anchor: string }[] = [];
  groups.forEach((group, i) => {
    if (group.heading || chapters.length === 0) {
      const title = group.heading ? group.pairs.flatMap((p) => p.source).join(' ') : doc.title;
      chapters.push({ title, body: [], anchor: `g${i}` });
    }
    chapters[chapters.length - 1]!.body.push(groupHtml(group, options.layout, `g${i}`));
  });
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
    ),
    'OEBPS/book.css': strToU8(CSS),
  };
  chapters.forEach((chapter, i) => {
    files[`OEBPS/c${i}.xhtml`] = strToU8(chapterXhtml(chapter.title, chapter.body.join('\n')));
  });
  const toc = chapters.map((c, i) => `<li><a href="c${i}.xhtml">${esc(c.title)}</a></li>`).join('');
  files['OEBPS/nav.xhtml'] = strToU8(
    `${XHTML_HEAD}<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="id" lang="id"><head><meta charset="utf-8"/><title>${esc(doc.title)}</title></head><body><nav epub:type="toc" id="toc"><h1>${esc(doc.title)}</h1><ol>${toc}</ol></nav></body></html>\n`,
  );
  const manifest = chapters.map((_, i) => `<item id="c${i}" href="c${i}.xhtml" media-type="application/xhtml+xml"/>`).join('');
  const spine = chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('');
  const title = doc.titleEn ? `${doc.title} / ${doc.titleEn}` : doc.title;
  files['OEBPS/content.opf'] = strToU8(
    `<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="book-id">${esc(options.identifier)}</dc:identifier><dc:title>${esc(title)}</dc:title><dc:language>id</dc:language><dc:language>${esc(doc.targetLang)}</dc:language><meta property="dcterms:modified">${esc(options.modified.replace(/\.\d+Z$/, 'Z'))}</meta></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="css" href="book.css" media-type="text/css"/>${manifest}</manifest><spine>${spine}</spine></package>\n`,
  );
  return zipSync(files);
}
