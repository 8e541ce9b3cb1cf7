import { chapterStarts, structuredSide, structuredText, type GivenParagraph } from '../../import/structured-sides';
import type { ImportRequest, StructuredText } from '../../import/import-document';
import { invalidField } from '../edit/input';

/**
 * The two sides of a JSON import: each either text, or a list of paragraphs
 * as the document API gives them (`{ text, structure, chapter }`), so a
 * document's own JSON posted back keeps its headings, cue times and chapters.
 */
export function sidesFromJson(body: Record<string, unknown>): Pick<ImportRequest, 'source' | 'translation' | 'structure' | 'chapters'> {
  const source = side(body.source, 'source');
  const translation = body.translation === undefined || body.translation === null ? null : side(body.translation, 'translation');
  if (source === null) throw invalidField('source', 'paragraphs', '"source" must be a string or a list of paragraphs, each with its "text".');
  const structured = { source: typeof source === 'string' ? [] : source, translation: translation === null || typeof translation === 'string' ? [] : translation };
  return {
    source: typeof source === 'string' ? source : structuredText(source),
    translation: translation === null || typeof translation === 'string' ? translation : structuredText(translation),
    structure: structured,
    chapters: chapterStarts(structured.source, structured.translation),
  };
}

function side(value: unknown, name: string): string | StructuredText[] {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every(isParagraph)) return structuredSide(value);
  throw invalidField(name, 'paragraphs', `"${name}" must be a string or a list of paragraphs, each with its "text".`);
}

const isParagraph = (value: unknown): value is GivenParagraph =>
  typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).text === 'string';
