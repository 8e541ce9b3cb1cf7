/**
 * Glossary CSV: header source,targets,note,mode,case_sensitive,status (any order; only source and
 * targets required), RFC 4180 quoting, targets separated by "|", UTF-8 BOM tolerated. Cells that a
 * spreadsheet would run as a formula are written with a leading quote and read back without it.
 */
import { guardCell, unguardCell } from '../../exchange/formula-guard';
import type { GlossaryTerm } from '../types';
import { tooLarge, validateTerms, type ImportError, type ImportOptions, type ImportResult, type RawTerm } from './validate';

export const CSV_COLUMNS = ['source', 'targets', 'note', 'mode', 'case_sensitive', 'status'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['source', 'targets'];
export const TARGET_SEPARATOR = '|';

interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records with the line each starts on; quoted fields may span lines. */
export function readCsvRecords(text: string): { records: CsvRecord[]; error?: ImportError } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') (quoted = true), (quoteLine = line);
    else if (c === '"') return { records, error: { line, problem: 'quote_in_field', message: 'quote inside an unquoted field' } };
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      recordLine = ++line;
    } else field += c;
  }
  if (quoted) return { records, error: { line: quoteLine, problem: 'unclosed_quote', message: 'quoted field is never closed' } };
  endRecord();
  return { records };
}

function readHeader(record: CsvRecord | undefined): { columns: Column[]; errors: ImportError[] } {
  if (!record) return { columns: [], errors: [{ line: 1, problem: 'empty_file', message: 'the file is empty' }] };
  const names = record.fields.map((f) => f.trim().toLowerCase());
  const errors: ImportError[] = [];
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) errors.push({ line: record.line, problem: 'unknown_column', params: { name }, message: `unknown column "${name}"` });
  }
  for (const name of REQUIRED) {
    if (!names.includes(name)) errors.push({ line: record.line, problem: 'missing_column', params: { name }, message: `missing column "${name}"` });
  }
  if (new Set(names).size !== names.length) errors.push({ line: record.line, problem: 'duplicate_column', message: 'a column appears twice' });
  return { columns: names as Column[], errors };
}

function toRaw(record: CsvRecord, columns: Column[], entry: number): RawTerm {
  const value = (c: Column) => unguardCell(record.fields[columns.indexOf(c)] ?? '');
  return {
    where: { line: record.line, entry },
    source: value('source'),
    targets: value('targets').split(TARGET_SEPARATOR),
    note: value('note'),
    mode: value('mode'),
    caseSensitive: value('case_sensitive'),
    status: value('status'),
  };
}

export function parseGlossaryCsv(text: string, options: ImportOptions = {}): ImportResult {
  const large = tooLarge(text, options);
  if (large) return { ok: false, errors: [large] };
  const { records, error } = readCsvRecords(text.replace(/^\uFEFF/, ''));
  if (error) return { ok: false, errors: [error] };
  const [header, ...rows] = records;
  const { columns, errors } = readHeader(header);
  if (errors.length > 0) return { ok: false, errors };
  const widthErrors = rows
    .filter((r) => r.fields.length !== columns.length)
    .map((r): ImportError => ({
      line: r.line,
      problem: 'field_count',
      params: { expected: columns.length, found: r.fields.length },
      message: `expected ${columns.length} fields, found ${r.fields.length}`,
    }));
  if (widthErrors.length > 0) return { ok: false, errors: widthErrors };
  return validateTerms(rows.map((r, i) => toRaw(r, columns, i + 1)), options);
}

function quote(value: string): string {
  const field = guardCell(value);
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * CSV with every column, CRLF line ends. Terms are checked so that no equivalent holds the "|"
 * separator; one stored before that check is written as it is and reads back as several
 * equivalents, rather than failing the whole download.
 */
export function serializeGlossaryCsv(terms: readonly GlossaryTerm[]): string {
  const rows = terms.map((t) => [t.source, t.targets.join(TARGET_SEPARATOR), t.note, t.mode, String(t.caseSensitive), t.status]);
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
