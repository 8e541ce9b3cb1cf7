import type { ParagraphStructure } from '../model';

/**
 * A paragraph's structure (heading, cue, body) as stored in four columns, and
 * carried from the blocks a format reader found to the paragraphs the intake made.
 */

export const BODY: ParagraphStructure = { kind: 'body' };

export interface StructureColumns {
  kind: 'body' | 'heading' | 'cue';
  heading_level: number | null;
  cue_start_ms: number | null;
  cue_end_ms: number | null;
}

export function structureColumns(structure: ParagraphStructure = BODY): StructureColumns {
  switch (structure.kind) {
    case 'heading':
      return { kind: 'heading', heading_level: clampLevel(structure.level), cue_start_ms: null, cue_end_ms: null };
    case 'cue':
      return { kind: 'cue', heading_level: null, cue_start_ms: Math.max(0, Math.round(structure.start)), cue_end_ms: Math.max(0, Math.round(structure.end)) };
    default:
      return { kind: 'body', heading_level: null, cue_start_ms: null, cue_end_ms: null };
  }
}

/** The structure of a stored row; anything incomplete reads as body text. */
export function structureOfColumns(row: Partial<StructureColumns>): ParagraphStructure {
  if (row.kind === 'heading' && row.heading_level != null) return { kind: 'heading', level: clampLevel(row.heading_level) };
  if (row.kind === 'cue' && row.cue_start_ms != null && row.cue_end_ms != null) return { kind: 'cue', start: row.cue_start_ms, end: row.cue_end_ms };
  return BODY;
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level) || 1));
}

/** A block as a format reader yields it (src/import/formats/blocks.ts), reduced to what structure needs. */
export type StructuredBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; level: number; text: string } | { kind: 'cue'; start: number; end: number; text: string };

export function structureOfBlock(block: StructuredBlock): ParagraphStructure {
  if (block.kind === 'heading') return { kind: 'heading', level: block.level };
  if (block.kind === 'cue') return { kind: 'cue', start: block.start, end: block.end };
  return BODY;
}

/** How far ahead a paragraph's block is looked for when the intake dropped blocks. */
const LOOKAHEAD = 3;
const comparable = (text: string) => text.normalize('NFC').replace(/\s+/g, '').toLowerCase();

/**
 * The block each paragraph the intake made from the blocks came from. Where
 * the intake kept the blocks one for one, they pair by index; where it
 * dropped or changed some, a paragraph comes from the next block with the
 * same text (a few blocks ahead at most), and from none (null) when none
 * matches. Linear in the number of paragraphs.
 */
export function blockOfParagraphs(paragraphs: readonly string[], blocks: readonly { text: string }[]): (number | null)[] {
  if (paragraphs.length === blocks.length) return blocks.map((_, i) => i);
  const out: (number | null)[] = [];
  let next = 0;
  for (const text of paragraphs) {
    const wanted = comparable(text);
    let found: number | null = null;
    for (let j = next; j < Math.min(blocks.length, next + LOOKAHEAD + 1); j++) {
      if (comparable(blocks[j]!.text) === wanted) {
        found = j;
        break;
      }
    }
    out.push(found);
    if (found !== null) next = found + 1;
  }
  return out;
}

/** The structure of each paragraph: its block's (blockOfParagraphs), body text where it has none. */
export function structureOfParagraphs(paragraphs: readonly string[], blocks: readonly { text: string; structure: ParagraphStructure }[]): ParagraphStructure[] {
  return blockOfParagraphs(paragraphs, blocks).map((j) => (j === null ? BODY : blocks[j]!.structure));
}

/** The chapter of each paragraph: its block's, else the chapter of the paragraph before (the first block's for the first). */
export function chapterOfParagraphs(paragraphs: readonly string[], blocks: readonly { text: string; chapter?: number | null }[]): (number | null)[] {
  let last = blocks[0]?.chapter ?? null;
  return blockOfParagraphs(paragraphs, blocks).map((j) => (last = j === null ? last : (blocks[j]!.chapter ?? null)));
}

/** A cue time as subtitle files write it, 00:01:02.500 (for showing and exporting). */
export function formatCueTime(ms: number): string {
  const pad = (n: number, w = 2) => String(Math.floor(n)).padStart(w, '0');
  return `${pad(ms / 3_600_000)}:${pad((ms / 60_000) % 60)}:${pad((ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** A cue's span as shown beside its passage, "00:00:01.000 → 00:00:03.500"; null for anything not a cue. */
export function cueSpan(structure: ParagraphStructure | undefined): string | null {
  return structure?.kind === 'cue' ? `${formatCueTime(structure.start)} → ${formatCueTime(structure.end)}` : null;
}

/** The kind as exchange files name it: body, h1 … h6, or cue. */
export function structureLabel(structure: ParagraphStructure | undefined): string {
  if (structure?.kind === 'heading') return `h${structureColumns(structure).heading_level}`;
  return structure?.kind === 'cue' ? 'cue' : 'body';
}

const CUE_TIME = /^(\d+):(\d{2}):(\d{2})[.,](\d{3})$/;

function parseCueTime(text: string): number | null {
  const m = CUE_TIME.exec(text.trim());
  return m ? ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]) : null;
}

/**
 * The structure an exchange file names (structureLabel and cueSpan read
 * back): h1 … h6 a heading, cue with its span a cue; anything else, or a cue
 * whose span does not read, body text.
 */
export function structureOfLabel(label: string | null, span: string | null): ParagraphStructure {
  const heading = /^h([1-6])$/.exec(label ?? '');
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  if (label !== 'cue' || !span) return BODY;
  const [start, end] = span.split('→').map(parseCueTime);
  return start != null && end != null && end >= start ? { kind: 'cue', start, end } : BODY;
}
