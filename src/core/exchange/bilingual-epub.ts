/**
 * A bilingual EPUB 3 for reading elsewhere (e-readers, phones): the
 * document's paragraph groups side by side in two-column tables, or
 * interleaved sentence by sentence (each Indonesian sentence followed by its
 * English). Headings stay headings of their level (a file's top level h2,
 * under the book's title) in both layouts. A document with stored chapters
 * gives one XHTML file per chapter, in the spine in order, the contents
 * naming each by its first heading; any other document starts a file at each
 * heading, so e-readers that load one file at a time keep up with a long
 * book. Pure: returns the bytes.
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
    const tag = `h${group.level}`;
    return `<${tag} id="${id}"><span lang="id">${esc(source)}</span>${target ? `<br/><span lang="en" class="en">${esc(target)}</span>` : ''}</${tag}>`;
  }
  if (layout === 'table') {
    return `<table><tr><td lang="id">${esc(source)}</td><td lang="en">${esc(target)}</td></tr></table>`;
  }
  return group.pairs
    .map((p) => `<p lang="id" class="id">${esc(p.source.join(' '))}</p>${p.target.length ? `<p lang="en" class="en">${esc(p.target.join(' '))}</p>` : ''}`)
    .join('\n');
}

/** A heading group's text as a chapter's name: the Indonesian, else the English of an edition's own chapter. */
function groupTitle(group: BookGroup): string {
  const source = group.pairs.flatMap((p) => p.source).join(' ');
  return source || group.pairs.flatMap((p) => p.target).join(' ');
}

function chapterXhtml(title: string, body: string): string {
  return `${XHTML_HEAD}<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="id" lang="id"><head><meta charset="utf-8"/><title>${esc(title)}</title><link rel="stylesheet" href="book.css"/></head><body>\n${body}\n</body></html>\n`;
}

const CSS = `table { width: 100%; border-collapse: collapse; margin: 0 0 .8em; }
td { width: 50%; vertical-align: top; padding: .2em .4em; border-top: 1px solid #ccc; }
td[lang="en"], .en { color: #333; font-style: italic; }
p.id { margin: .6em 0 0; }
p.en { margin: .1em 0 .4em; }
h2 span, h3 span, h4 span, h5 span, h6 span { display: block; }
`;

export function buildBilingualEpub(doc: ExchangeDocument, options: EpubOptions): Uint8Array {
  const groups = bookGroups(doc);
  const byStoredChapters = groups.some((g) => g.chapterStart);
  const chapters: { title: string | null; body: string[] }[] = [];
  groups.forEach((group, i) => {
    if (chapters.length === 0 || (byStoredChapters ? group.chapterStart : group.heading)) chapters.push({ title: null, body: [] });
    const chapter = chapters[chapters.length - 1]!;
    if (group.heading && chapter.title === null) chapter.title = groupTitle(group);
    chapter.body.push(groupHtml(group, options.layout, `g${i}`));
  });
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
    ),
    'OEBPS/book.css': strToU8(CSS),
  };
  const titles = chapters.map((c, i) => c.title ?? (i === 0 ? doc.title : `${doc.title} (${i + 1})`));
  chapters.forEach((chapter, i) => {
    files[`OEBPS/c${i}.xhtml`] = strToU8(chapterXhtml(titles[i]!, chapter.body.join('\n')));
  });
  const toc = titles.map((title, i) => `<li><a href="c${i}.xhtml">${esc(title)}</a></li>`).join('');
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
