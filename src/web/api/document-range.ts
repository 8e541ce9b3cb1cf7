/**
 * A part of a document's JSON for clients of long documents: Indonesian paragraphs `from` to `to`
 * (1-based, inclusive), the English paragraphs and links that go with them, and only the columns
 * asked for (`fields=source,translation,links,sentenceLinks`).
 *
 * Links keep the document's own 0-based indices, so parts fetched one after another fit together;
 * `range` says where the paragraphs of each side start. Which links belong to a range: a link with
 * Indonesian paragraphs belongs where its first one is; a link with none (an English paragraph the
 * translator added) goes with the link before it. The English side of a range is the span of its
 * links' English paragraphs. A sentence link belongs where any of its sentences' paragraphs is.
 *
 *   paragraph links  [0]→[0]  [1,2]→[1]  []→[2]  [3]→[3,4]
 *   from=2&to=3      source 1–2 (indices 1, 2), links [1,2]→[1] and []→[2], translation indices 1–2
 */
import type { Link } from '../../core/model';
import { invalid } from '../../core/errors';
import { invalidField } from '../edit/input';

export const DOCUMENT_FIELDS = ['source', 'translation', 'links', 'sentenceLinks'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export interface PartRequest {
  /** As written in the query; checked against the document's length by documentPart. */
  from: string | undefined;
  to: string | undefined;
  fields: readonly DocumentField[];
}

/** The part a query asks for; null for the whole document (the answer every client got before). */
export function partRequest(query: Record<string, unknown>): PartRequest | null {
  const { from, to, fields } = query;
  if (from === undefined && to === undefined && fields === undefined) return null;
  return { from: text(from, 'from'), to: text(to, 'to'), fields: fieldList(fields) };
}

function text(raw: unknown, name: string): string | undefined {
  if (raw === undefined || typeof raw === 'string') return raw;
  throw invalidField(name, 'text', `"${name}" must be given once.`);
}

/** A paragraph number between min and max (beyond max: max, when `clamp`), or the fallback when the query leaves it out. */
function position(raw: string | undefined, name: 'from' | 'to', [min, max]: [number, number], fallback: number, clamp = false): number {
  if (raw === undefined) return fallback;
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (clamp && value > max) return max;
  if (!(value >= min && value <= max)) {
    const message = `"${name}" must be a paragraph number from ${min} to ${max}.`;
    throw invalid('invalid_field', message, { field: name, context: 'range', min, max }, name);
  }
  return value;
}

function fieldList(raw: unknown): readonly DocumentField[] {
  if (raw === undefined) return DOCUMENT_FIELDS;
  const names = typeof raw === 'string' ? raw.split(',').map((n) => n.trim()) : [];
  const known = (name: string): name is DocumentField => (DOCUMENT_FIELDS as readonly string[]).includes(name);
  if (names.length === 0 || !names.every(known)) {
    const allowed = DOCUMENT_FIELDS.join(', ');
    throw invalidField('fields', 'choice', `"fields" must be one or more of ${allowed}.`, { allowed });
  }
  return DOCUMENT_FIELDS.filter((f) => names.includes(f));
}

interface Paragraph {
  sentences: readonly unknown[];
}

export interface DocumentColumns<P extends Paragraph, L extends Link> {
  source: P[];
  translation: P[];
  links: L[];
  sentenceLinks: L[];
}

export interface PartRange {
  from: number;
  to: number;
  /** 0-based index of the first paragraph given on each side, and how many each side has in all. */
  sourceStart: number;
  translationStart: number;
  sourceParagraphs: number;
  translationParagraphs: number;
}

/** The columns of the range, each link and paragraph as in the whole document. */
export function documentPart<P extends Paragraph, L extends Link>(
  all: DocumentColumns<P, L>,
  part: PartRequest,
): { range: PartRange; columns: DocumentColumns<P, L> } {
  const count = all.source.length;
  const from = position(part.from, 'from', [1, count], 1);
  // Past the end is allowed for "to": a client reading in pages need not know the length first.
  const to = position(part.to, 'to', [from, count], count, true);
  const links = linksOfRange(all.links, from - 1, to - 1);
  const targets = links.flatMap((l) => l.target);
  const tStart = targets.length ? Math.min(...targets) : 0;
  const tEnd = targets.length ? Math.max(...targets) : -1;
  const sourceSentences = sentenceSpan(all.source, from - 1, to - 1);
  const targetSentences = sentenceSpan(all.translation, tStart, tEnd);
  const within = (i: number, [start, end]: [number, number]) => i >= start && i <= end;
  return {
    range: {
      from,
      to,
      sourceStart: from - 1,
      translationStart: tStart,
      sourceParagraphs: all.source.length,
      translationParagraphs: all.translation.length,
    },
    columns: {
      source: all.source.slice(from - 1, to),
      translation: all.translation.slice(tStart, tEnd + 1),
      links,
      sentenceLinks: all.sentenceLinks.filter(
        (l) => l.source.some((i) => within(i, sourceSentences)) || l.target.some((i) => within(i, targetSentences)),
      ),
    },
  };
}

function linksOfRange<L extends Link>(links: L[], first: number, last: number): L[] {
  let place = 0;
  return links.filter((link) => {
    if (link.source.length > 0) place = link.source[0]!;
    return place >= first && place <= last;
  });
}

/** Document-wide sentence indices [first, last] of paragraphs first..last (empty: last < first). */
function sentenceSpan(paragraphs: Paragraph[], first: number, last: number): [number, number] {
  let index = 0;
  let start = 0;
  let end = -1;
  paragraphs.forEach((p, i) => {
    if (i === first) start = index;
    index += p.sentences.length;
    if (i === last) end = index - 1;
  });
  return last < first ? [0, -1] : [start, end];
}
