import type { EditableLink } from '../core/edit/index';
import { alignmentLexicon } from './alignment-lexicon';
import type { Db } from './database';
import { replaceLinks } from './documents';
import type { LinkLevel } from './schema';

export const linkTable = (level: LinkLevel) => (level === 'paragraph' ? 'paragraph_links' : 'sentence_links');

export async function readEditableLinks(db: Db, documentId: number, level: LinkLevel): Promise<EditableLink[]> {
  const rows = await db.selectFrom(linkTable(level)).selectAll().where('document_id', '=', documentId).orderBy('position').execute();
  return rows.map((r) => ({
    source: JSON.parse(r.source_json) as number[],
    target: JSON.parse(r.target_json) as number[],
    confidence: r.confidence,
    confirmed: r.confirmed === 1,
  }));
}

export function writeEditableLinks(db: Db, documentId: number, level: LinkLevel, links: readonly EditableLink[]): Promise<void> {
  return replaceLinks(db, documentId, linkTable(level), links);
}

/** Sentence texts of one side in document order, the indices links use. */
export async function sideTexts(db: Db, documentId: number, lang: 'id' | 'en'): Promise<string[]> {
  const rows = await db
    .selectFrom('sentences')
    .select('text')
    .where('document_id', '=', documentId)
    .where('lang', '=', lang)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.text);
}

/** Sentence positions of each paragraph of one side, in order. */
export async function sentencePositionsByParagraph(db: Db, documentId: number, lang: 'id' | 'en'): Promise<number[][]> {
  const rows = await db
    .selectFrom('sentences as s')
    .innerJoin('paragraphs as p', 'p.id', 's.paragraph_id')
    .select(['p.position as paragraph', 's.position'])
    .where('s.document_id', '=', documentId)
    .where('s.lang', '=', lang)
    .orderBy('s.position')
    .execute();
  const out: number[][] = [];
  for (const r of rows) (out[r.paragraph] ??= []).push(r.position);
  return Array.from(out, (p) => p ?? []);
}

/** Everything re-alignment needs about a document: its links, sentence texts and paragraph layout. */
export interface AlignmentState {
  paragraphLinks: EditableLink[];
  sentenceLinks: EditableLink[];
  sourceTexts: string[];
  targetTexts: string[];
  sourceByParagraph: number[][];
  targetByParagraph: number[][];
  /** The library's approved terms as word pairs, so re-alignment weighs the same evidence as import. */
  lexicon: Map<string, string[]>;
}

export async function readAlignmentState(db: Db, documentId: number): Promise<AlignmentState> {
  const [paragraphLinks, sentenceLinks, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon] = await Promise.all([
    readEditableLinks(db, documentId, 'paragraph'),
    readEditableLinks(db, documentId, 'sentence'),
    sideTexts(db, documentId, 'id'),
    sideTexts(db, documentId, 'en'),
    sentencePositionsByParagraph(db, documentId, 'id'),
    sentencePositionsByParagraph(db, documentId, 'en'),
    alignmentLexicon(db),
  ]);
  return { paragraphLinks, sentenceLinks, sourceTexts, targetTexts, sourceByParagraph, targetByParagraph, lexicon };
}
