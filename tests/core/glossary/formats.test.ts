import { describe, expect, it } from 'vitest';
import {
  parseGlossaryCsv,
  parseTbx,
  serializeGlossaryCsv,
  serializeTbx,
  type GlossaryTerm,
  type ImportResult,
} from '../../../src/core/glossary';
import { terms } from './notation';

const sample: GlossaryTerm[] = terms([
  { source: 'serangan', targets: ['attack', 'assault'], mode: 'derived', note: 'di-/meN- forms: diserang, menyerang' },
  { source: 'CSTO', targets: ['CSTO'], caseSensitive: true, note: 'Organisasi Perjanjian Keamanan Kolektif' },
  { source: 'penjaga perdamaian', targets: ['peacekeeping', 'peacekeepers'], status: 'proposed' },
  { source: 'kutip', targets: ['quote "as is", with comma'], note: 'line one\nline two & <three>' },
]);

/** Imported terms differ from stored ones only in their provisional ids. */
const withoutIds = (list: GlossaryTerm[]) => list.map(({ id: _id, ...rest }) => rest);

function termsOf(result: ImportResult): GlossaryTerm[] {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.terms;
}

function errorsOf(result: ImportResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('CSV', () => {
  it('round-trips every field, including quotes, commas and newlines', () => {
    const csv = serializeGlossaryCsv(sample);
    expect(csv.split('\r\n')[0]).toBe('source,targets,note,mode,case_sensitive,status');
    expect(withoutIds(termsOf(parseGlossaryCsv(csv)))).toEqual(withoutIds(sample));
  });

  it('tolerates a BOM, LF line ends, columns in any order, defaults for missing columns', () => {
    const csv = '\uFEFFtargets,source\ntroops|forces,pasukan\n';
    expect(termsOf(parseGlossaryCsv(csv))).toEqual([
      { id: -1, source: 'pasukan', targets: ['troops', 'forces'], note: '', mode: 'forms', caseSensitive: false, status: 'approved', documentId: null },
    ]);
  });

  it('gives imported terms provisional negative ids and the chosen document', () => {
    const result = termsOf(parseGlossaryCsv('source,targets\na,x\nb,y\n', { documentId: 4 }));
    expect(result.map((t) => [t.id, t.documentId])).toEqual([[-1, 4], [-2, 4]]);
  });

  it.each([
    ['missing source', 'source,targets\n,troops\n', [{ line: 2, message: 'missing source (Indonesian term)' }]],
    ['no target', 'source,targets\npasukan, | \n', [{ line: 2, message: 'no target (English equivalent)' }]],
    ['bad mode', 'source,targets,mode\npasukan,troops,stem\n', [{ line: 2, message: 'mode must be "forms" or "derived", not "stem"' }]],
    ['bad status', 'source,targets,status\npasukan,troops,done\n', [{ line: 2, message: 'status must be "approved" or "proposed", not "done"' }]],
    ['bad flag', 'source,targets,case_sensitive\nCSTO,CSTO,maybe\n', [{ line: 2, message: 'case_sensitive must be true or false, not "maybe"' }]],
    ['duplicate (case-insensitive)', 'source,targets\npasukan,troops\nPasukan,forces\n', [{ line: 3, message: 'duplicate of "Pasukan" at line 2' }]],
    ['unknown column', 'source,targets,colour\na,b,c\n', [{ line: 1, message: 'unknown column "colour"' }]],
    ['missing column', 'source,note\na,b\n', [{ line: 1, message: 'missing column "targets"' }]],
    ['wrong field count', 'source,targets\na,b,c\n', [{ line: 2, message: 'expected 2 fields, found 3' }]],
    ['unclosed quote', 'source,targets\n"a,b\n', [{ line: 2, message: 'quoted field is never closed' }]],
    ['empty file', '', [{ line: 1, message: 'the file is empty' }]],
  ])('rejects %s', (_d, csv, expected) => {
    expect(errorsOf(parseGlossaryCsv(csv)).map(({ line, message }) => ({ line, message }))).toEqual(expected);
  });

  it('reports every bad row and imports nothing', () => {
    const result = parseGlossaryCsv('source,targets\npasukan,troops\n,x\nnegara,\n');
    expect(errorsOf(result).map((e) => e.line)).toEqual([3, 4]);
  });

  it('counts lines inside quoted fields', () => {
    const result = parseGlossaryCsv('source,targets,note\na,x,"two\nlines"\n,y,\n');
    expect(errorsOf(result)[0]?.line).toBe(4);
  });

  it('rejects files over the size limit', () => {
    expect(errorsOf(parseGlossaryCsv('source,targets\na,b\n', { maxChars: 10 }))[0]?.message).toMatch(/larger than the limit/);
  });

  it('writes an equivalent stored with the separator instead of failing the download; it reads back as several', () => {
    const csv = serializeGlossaryCsv(terms([{ source: 'a', targets: ['b|c'] }]));
    expect(termsOf(parseGlossaryCsv(csv))[0]?.targets).toEqual(['b', 'c']);
  });

  // Cells a spreadsheet would run as a formula, and text that merely looks like a guarded one.
  const formulaLike = terms([
    { source: '-an', targets: ['+1', '-1'], note: '=HYPERLINK("http://example.com","x")' },
    { source: '=cmd', targets: ['=cmd /C calc'], note: '@SUM(A1)' },
    { source: "'=kutip", targets: ["''+dua"], note: "'plain quote" },
    { source: '+plus', targets: ['@at'], note: '\tafter a tab' },
  ]);

  it('guards every cell a spreadsheet would run as a formula', () => {
    const cells = serializeGlossaryCsv(formulaLike)
      .split('\r\n')
      .flatMap((line) => line.split(','))
      .map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('round-trips guarded cells without the guard: export then import gives the same terms', () => {
    const csv = serializeGlossaryCsv(formulaLike);
    expect(withoutIds(termsOf(parseGlossaryCsv(csv)))).toEqual(withoutIds(formulaLike.map((t) => ({ ...t, note: t.note.trim() }))));
  });
});

const tbx = (body: string, root = '<martif type="TBX-Basic" xml:lang="en">', close = '</martif>') =>
  `<?xml version="1.0"?>\n${root}\n<text><body>\n${body}\n</body></text>\n${close}`;

const entry = (id: string, en: string[], extra = '') =>
  `<termEntry>${extra}<langSet xml:lang="id"><tig><term>${id}</term></tig></langSet>` +
  `<langSet xml:lang="en">${en.map((t) => `<tig><term>${t}</term></tig>`).join('')}</langSet></termEntry>`;

describe('TBX-Basic', () => {
  it.each([2, 3] as const)('round-trips every field (TBX v%i)', (version) => {
    const xml = serializeTbx(sample, { version });
    expect(xml).toContain(version === 2 ? '<martif type="TBX-Basic"' : '<tbx type="TBX-Basic"');
    expect(withoutIds(termsOf(parseTbx(xml)))).toEqual(withoutIds(sample));
  });

  it('reads foreign files: defaults, notes from descrip, language regions, synonyms', () => {
    const xml = tbx(
      '<termEntry><descrip type="definition">protective force</descrip>' +
        '<langSet xml:lang="id-ID"><tig><term>pasukan</term></tig><tig><term>tentara</term></tig></langSet>' +
        '<langSet xml:lang="en-GB"><tig><term>troops</term></tig></langSet>' +
        '<langSet xml:lang="fr"><tig><term>troupes</term></tig></langSet></termEntry>',
    );
    expect(termsOf(parseTbx(xml)).map((t) => [t.source, t.targets, t.note, t.mode, t.status])).toEqual([
      ['pasukan', ['troops'], 'protective force', 'forms', 'approved'],
      ['tentara', ['troops'], 'protective force', 'forms', 'approved'],
    ]);
  });

  it('reads v3 element names', () => {
    const xml = tbx(
      '<conceptEntry id="a"><langSec xml:lang="id"><termSec><term>negara</term>' +
        '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec></langSec>' +
        '<langSec xml:lang="en"><termSec><term>country</term></termSec><termSec><term>state</term></termSec></langSec></conceptEntry>',
      '<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">',
      '</tbx>',
    );
    expect(termsOf(parseTbx(xml))).toMatchObject([{ source: 'negara', targets: ['country', 'state'], status: 'proposed' }]);
  });

  it.each([
    ['malformed XML', '<martif type="TBX-Basic"><text><body></martif>', /malformed XML/],
    ['wrong root', '<?xml version="1.0"?><glossary type="TBX-Basic"/>', /root element must be/],
    ['wrong dialect', tbx(entry('a', ['b']), '<martif type="TBX-Default">'), /root element must be/],
    ['entity declarations', '<!DOCTYPE m [<!ENTITY a "aaaa">]><martif type="TBX-Basic"/>', /entity declarations/],
    ['no entries', tbx(''), /holds no terms/],
  ])('rejects %s', (_d, xml, message) => {
    expect(errorsOf(parseTbx(xml))[0]?.message).toMatch(message);
  });

  it('reports entry numbers and lines of bad entries, importing nothing', () => {
    const xml = tbx([entry('pasukan', ['troops']), entry('', ['x']), entry('negara', []), entry('Pasukan', ['forces'])].join('\n'));
    expect(errorsOf(parseTbx(xml))).toEqual([
      { entry: 2, line: 5, field: 'source', code: 'required', problem: 'missing_source', message: 'missing source (Indonesian term)' },
      { entry: 3, line: 6, field: 'targets', code: 'required', problem: 'missing_targets', message: 'no target (English equivalent)' },
      { entry: 4, line: 7, problem: 'duplicate_at_line', params: { source: 'Pasukan', line: 4 }, message: 'duplicate of "Pasukan" at line 4' },
    ]);
  });

  it('refuses an equivalent holding "|", as the form and the API do, naming the entry', () => {
    const xml = tbx([entry('pasukan', ['troops']), entry('tentara', ['army|soldiers'])].join('\n'));
    expect(errorsOf(parseTbx(xml))).toEqual([{ entry: 2, line: 5, field: 'targets', code: 'separator', problem: 'separator', message: expect.stringContaining('"|"') }]);
  });

  it('applies the form\'s limits to imported terms', () => {
    const errors = errorsOf(parseTbx(tbx(entry('a'.repeat(201), ['b']))));
    expect(errors).toMatchObject([{ entry: 1, field: 'source', code: 'too_long' }]);
  });

  it('refuses XML nested deeper than the parser reads as a bad file, not an exception', () => {
    const deep = '<x>'.repeat(150) + '</x>'.repeat(150);
    const xml = tbx(`<termEntry><langSet xml:lang="id"><tig><term>a</term></tig></langSet>${deep}</termEntry>`);
    expect(errorsOf(parseTbx(xml))[0]?.message).toMatch(/unreadable XML/);
  });

  it('gives the line of malformed XML', () => {
    expect(errorsOf(parseTbx('<martif type="TBX-Basic">\n<text>\n<body></text>\n</martif>'))[0]?.line).toBe(3);
  });

  it('rejects files over the size limit', () => {
    expect(errorsOf(parseTbx(tbx(entry('a', ['b'])), { maxChars: 20 }))[0]?.message).toMatch(/larger than the limit/);
  });
});
