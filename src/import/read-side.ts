import { isLabelLine } from '../core/text/index';
import type { TextSide } from './intake';
import { blocksToText, readFile, type ReadDocument, type ReadOptions } from './formats/index';
import { documentOf } from './formats/blocks';
import { withChapters } from './chapters';
import { languageShares, type LanguageShares } from './formats/language';
import { plainParagraphs } from './formats/unwrap';

/**
 * One side of an import as it arrives, a file of any format or pasted text,
 * read into blocks. Pure and free of the library, so the compute pool runs
 * it (compute/tasks.ts): a 300-page PDF is read in a worker thread.
 */
export type SideInput =
  | { kind: 'file'; bytes: Uint8Array; name: string; side: TextSide; options?: ReadOptions }
  | { kind: 'text'; text: string; side: TextSide; options?: ReadOptions };

export interface SideRead {
  document: ReadDocument;
  /** The blocks as the intake reads them: one paragraph each. */
  text: string;
  languages: LanguageShares;
}

export async function readSide(input: SideInput): Promise<SideRead> {
  const read =
    input.kind === 'file'
      ? await readFile({ bytes: input.bytes, name: input.name, field: input.side, options: input.options })
      : documentOf(
          'text',
          plainParagraphs(input.text, input.options?.keepLines).map((text) => ({ kind: 'paragraph', text })),
        );
  const document = withoutLabels(withChapters(read));
  return { document, text: blocksToText(document.blocks), languages: languageShares(document.blocks) };
}

/**
 * Lone label lines ("Penulis", "ADVERTISEMENT") are dropped here, as the
 * intake would drop them, so that every block left is one paragraph of the
 * document and the chapters' paragraph indices hold.
 */
function withoutLabels(document: ReadDocument): ReadDocument {
  const kept: number[] = [];
  document.blocks.forEach((block, i) => {
    if (!isLabelLine(block.text)) kept.push(i);
  });
  if (kept.length === document.blocks.length) return document;
  const newIndex = (old: number) => kept.findIndex((i) => i >= old);
  const chapters = [...new Set(document.chapters.map(newIndex).filter((i) => i >= 0))];
  return { ...document, blocks: kept.map((i) => document.blocks[i]!), chapters };
}

export const sideInputSize = (input: SideInput): number => (input.kind === 'file' ? input.bytes.length : input.text.length);
