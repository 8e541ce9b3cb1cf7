import { formatCueTime, structureLabel } from '../text/structure';
import { guardCell as guard } from './formula-guard';
import { sideText, type ExchangeDocument } from './pairs';

export type Delimiter = ',' | '\t';

const HEADER = ['link', 'paragraph', 'id', 'en', 'confidence', 'confirmed', 'kind', 'start', 'end'];

/** RFC 4180: quote a field holding the delimiter, a quote or a line break; double inner quotes. */
export function csvCell(value: string): string {
  const cell = guard(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Tab-separated text has no quoting: tabs and line breaks inside a field become spaces. */
const tsvCell = (value: string) => guard(value.replace(/[\t\r\n]+/g, ' '));

/** Sentence pairs as CSV (comma) or TSV (tab), one row per sentence link, CRLF line ends. */
export function buildDelimited(doc: ExchangeDocument, delimiter: Delimiter): string {
  const cell = delimiter === ',' ? csvCell : tsvCell;
  const rows = doc.pairs.map((pair, i) => {
    const structure = doc.groupStructures?.[pair.group];
    return [
      String(i + 1),
      String(pair.group + 1),
      sideText(pair.source),
      sideText(pair.target),
      pair.confidence.toFixed(2),
      pair.confirmed ? 'yes' : 'no',
      // What the pair's paragraph is (body, h1 … h6, cue), and a cue's times.
      structureLabel(structure),
      structure?.kind === 'cue' ? formatCueTime(structure.start) : '',
      structure?.kind === 'cue' ? formatCueTime(structure.end) : '',
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}
