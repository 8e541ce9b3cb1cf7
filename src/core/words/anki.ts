/**
 * Saved words as a file Anki's text import takes (File → Import): tab-separated, one note a
 * line, with Anki's header lines naming the separator and the columns, so the fields map
 * themselves. The columns, in order:
 *
 *   Word         the word as it stood in the text (diserang)
 *   Root         the root it is tracked under (serang)
 *   Sentence     the Indonesian sentence it came from
 *   Translation  the English sentence aligned with it
 *   Document     the title of the document
 *
 * Tabs and line breaks inside a field become spaces; cells that a spreadsheet would run as a
 * formula are guarded the way every export of the library is.
 */
import { guardCell } from '../exchange/formula-guard';

export const ANKI_COLUMNS = ['Word', 'Root', 'Sentence', 'Translation', 'Document'] as const;

export interface AnkiNote {
  word: string;
  root: string;
  sentence: string;
  translation: string;
  documentTitle: string;
}

const field = (text: string) => guardCell(text.replace(/[\t\r\n]+/g, ' ').trim());

export function buildAnkiTsv(notes: readonly AnkiNote[]): string {
  const header = ['#separator:tab', '#html:false', `#columns:${ANKI_COLUMNS.join('\t')}`];
  const lines = notes.map((n) => [n.word, n.root, n.sentence, n.translation, n.documentTitle].map(field).join('\t'));
  return [...header, ...lines].join('\n') + '\n';
}
