/**
 * TBX-Basic import and export. Reads TBX v2 (<martif type="TBX-Basic">, termEntry/langSet/tig)
 * and TBX v3 (<tbx type="TBX-Basic">, conceptEntry/langSec/termSec) and either element naming
 * under either root. Indonesian terms (xml:lang "id", or the old "in") become sources, English
 * ones their equivalents. Status uses the standard administrativeStatus term note
 * (preferredTerm = approved, others = proposed); match mode and case sensitivity travel in
 * x-matchMode / x-caseSensitive term notes; the note comes from note and descrip elements.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GlossaryTerm } from '../types';
import { tooLarge, validateTerms, type ImportError, type ImportOptions, type ImportResult, type RawTerm } from './validate';

type XmlNode = Record<string, unknown>;

const LIST_TAGS = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'termSec', 'ntig', 'termNote', 'note', 'descrip', 'term']);
const ENTRY_OPEN = /<(termEntry|conceptEntry)[\s>/]/g;

const STATUS_NOTE = 'administrativeStatus';
const MODE_NOTE = 'x-matchMode';
const CASE_NOTE = 'x-caseSensitive';
const APPROVED_STATUS = 'preferredTerm-admn-sts';
const PROPOSED_STATUS = 'admittedTerm-admn-sts';

function list(node: unknown, ...names: string[]): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  return names.flatMap((n) => ((node as XmlNode)[n] as XmlNode[] | undefined) ?? []);
}

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (typeof node === 'object' && node !== null) return textOf((node as XmlNode)['#text'] ?? '');
  return '';
}

function attr(node: unknown, name: string): string {
  return typeof node === 'object' && node !== null ? String((node as XmlNode)[`@_${name}`] ?? '') : '';
}

function language(langSet: XmlNode): 'id' | 'en' | null {
  const primary = attr(langSet, 'xml:lang').toLowerCase().split(/[-_]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : primary === 'en' ? 'en' : null;
}

/** Line of each term entry's opening tag, so errors can point into the file. */
function entryLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const m of xml.matchAll(ENTRY_OPEN)) {
    for (; at < m.index; at++) if (xml.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}

interface TermUnit {
  term: string;
  notes: Map<string, string>;
}

function termUnits(langSet: XmlNode): TermUnit[] {
  return list(langSet, 'tig', 'termSec', 'ntig').flatMap((unit) =>
    list(unit, 'term').map((term) => ({
      term: textOf(term),
      notes: new Map(list(unit, 'termNote').map((n) => [attr(n, 'type'), textOf(n).trim()])),
    })),
  );
}

function statusOf(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return value === APPROVED_STATUS ? 'approved' : 'proposed';
}

function entryNote(entry: XmlNode, langSets: XmlNode[]): string {
  const holders = [entry, ...langSets.filter((l) => language(l) === 'id')];
  return holders
    .flatMap((h) => [...list(h, 'descrip'), ...list(h, 'note')].map(textOf))
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join(' ');
}

function entryTerms(entry: XmlNode, where: RawTerm['where']): RawTerm[] {
  const langSets = list(entry, 'langSet', 'langSec');
  const sources = langSets.filter((l) => language(l) === 'id').flatMap(termUnits);
  const targets = langSets.filter((l) => language(l) === 'en').flatMap(termUnits).map((u) => u.term);
  const note = entryNote(entry, langSets);
  const raw = (unit: TermUnit | undefined): RawTerm => ({
    where,
    source: unit?.term ?? '',
    targets,
    note,
    mode: unit?.notes.get(MODE_NOTE) ?? '',
    caseSensitive: unit?.notes.get(CASE_NOTE) ?? '',
    status: statusOf(unit?.notes.get(STATUS_NOTE)),
  });
  return sources.length > 0 ? sources.map(raw) : [raw(undefined)];
}

function readRoot(xml: string): { root: XmlNode } | { error: ImportError } {
  if (/<!ENTITY/i.test(xml)) return { error: { problem: 'entities', message: 'entity declarations are not accepted' } };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: { line: valid.err.line, problem: 'malformed_xml', params: { detail: valid.err.msg }, message: `malformed XML: ${valid.err.msg}` } };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => LIST_TAGS.has(name),
  });
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (err) {
    // The validator passes what the parser then refuses (elements nested past its limit of 100).
    return { error: { problem: 'unreadable_xml', params: { detail: (err as Error).message }, message: `unreadable XML: ${(err as Error).message}` } };
  }
  const name = ['martif', 'tbx'].find((n) => n in doc);
  const root = name ? (doc[name] as XmlNode) : undefined;
  if (!root || attr(root, 'type').toLowerCase() !== 'tbx-basic') {
    return { error: { problem: 'not_tbx', message: 'root element must be <martif type="TBX-Basic"> or <tbx type="TBX-Basic">' } };
  }
  return { root };
}

export function parseTbx(xml: string, options: ImportOptions = {}): ImportResult {
  const large = tooLarge(xml, options);
  if (large) return { ok: false, errors: [large] };
  const read = readRoot(xml.replace(/^\uFEFF/, ''));
  if ('error' in read) return { ok: false, errors: [read.error] };
  const body = (read.root['text'] as XmlNode | undefined)?.['body'];
  const entries = list(body, 'termEntry', 'conceptEntry');
  const lines = entryLines(xml);
  const raws = entries.flatMap((entry, i) => entryTerms(entry, { entry: i + 1, line: lines[i] }));
  return validateTerms(raws, options);
}

export interface TbxOptions {
  /** 2: <martif>, termEntry/langSet/tig (default). 3: <tbx>, conceptEntry/langSec/termSec. */
  version?: 2 | 3;
}

function termNotes(term: GlossaryTerm): XmlNode[] {
  return [
    { '@_type': STATUS_NOTE, '#text': term.status === 'approved' ? APPROVED_STATUS : PROPOSED_STATUS },
    { '@_type': MODE_NOTE, '#text': term.mode },
    { '@_type': CASE_NOTE, '#text': String(term.caseSensitive) },
  ];
}

function entryNode(term: GlossaryTerm, index: number, v3: boolean): XmlNode {
  const [langKey, unitKey] = v3 ? ['langSec', 'termSec'] : ['langSet', 'tig'];
  return {
    '@_id': `c${index + 1}`,
    ...(term.note ? { note: [term.note] } : {}),
    [langKey]: [
      { '@_xml:lang': 'id', [unitKey]: [{ term: [term.source], termNote: termNotes(term) }] },
      { '@_xml:lang': 'en', [unitKey]: term.targets.map((t) => ({ term: [t] })) },
    ],
  };
}

export function serializeTbx(terms: readonly GlossaryTerm[], options: TbxOptions = {}): string {
  const v3 = options.version === 3;
  const entries = terms.map((t, i) => entryNode(t, i, v3));
  const text = { body: { [v3 ? 'conceptEntry' : 'termEntry']: entries } };
  const header = { fileDesc: { sourceDesc: { p: 'Sejajar glossary (Indonesian–English)' } } };
  const root = v3
    ? { tbx: { '@_type': 'TBX-Basic', '@_style': 'dca', '@_xml:lang': 'en', '@_xmlns': 'urn:iso:std:iso:30042:ed-2', tbxHeader: header, text } }
    : { martif: { '@_type': 'TBX-Basic', '@_xml:lang': 'en', martifHeader: header, text } };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + builder.build(root);
}
