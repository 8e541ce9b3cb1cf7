/**
 * A bilingual Word file: one two-column table, Indonesian left and English
 * right, a row per paragraph group; a heading group is a row whose cells
 * are in Word's heading style of its level (a file's top level Heading 2,
 * under the Title), so headings stay headings and nest in Word's navigation
 * pane. Pure: returns the bytes.
 */
import { strToU8, zipSync } from 'fflate';
import { bookGroups, xmlEscape as esc } from './bilingual-book';
import type { ExchangeDocument } from './pairs';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function paragraph(text: string, lang: string, style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${props}<w:r><w:rPr><w:lang w:val="${esc(lang)}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

function cell(text: string, lang: string, style?: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/></w:tcPr>${paragraph(text, lang, style)}</w:tc>`;
}

export function buildBilingualDocx(doc: ExchangeDocument, labels: { source: string; translation: string }): Uint8Array {
  const rows = bookGroups(doc).map((group) => {
    const style = group.heading ? `Heading${group.level}` : undefined;
    const source = group.pairs.flatMap((p) => p.source).join(' ');
    const target = group.pairs.flatMap((p) => p.target).join(' ');
    return `<w:tr>${cell(source, 'id-ID', style)}${cell(target, doc.targetLang, style)}</w:tr>`;
  });
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell(labels.source, 'id-ID', 'Strong')}${cell(labels.translation, doc.targetLang, 'Strong')}</w:tr>`;
  const title = paragraph(doc.titleEn ? `${doc.title} / ${doc.titleEn}` : doc.title, 'id-ID', 'Title');
  const table = `<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>${header}${rows.join('')}</w:tbl>`;
  const headingStyles = [2, 3, 4, 5, 6]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`)
    .join('');
  const styles = `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="title"/></w:style>${headingStyles}<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong"/></w:style>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${styles}</w:styles>`),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${title}${table}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    ),
  });
}
