import type { Link, ParagraphStructure, SegmentStatus } from '../model';
import { normalizeLine, splitSentences } from '../text/index';
import type { ParsedTmx, TmxUnit } from './tmx-parse';

/** A paragraph rebuilt from units: its text and sentences, and the structure and chapter the units' props give. */
export interface TmxParagraph {
  text: string;
  sentences: string[];
  structure: ParagraphStructure;
  chapter: number | null;
}

export interface TmxDocumentParts {
  source: TmxParagraph[];
  translation: TmxParagraph[];
  paragraphLinks: Link[];
  sentenceLinks: Link[];
  /** Status of each English sentence by position, from its unit; null where the file says none. */
  translationStatuses: (SegmentStatus | null)[];
}

/**
 * Turns translation units into a stored document: each unit is one sentence
 * link, exactly as the file pairs them. Units of one paragraph group (or, in
 * a file without groups, each unit) make one paragraph on each side, with
 * the structure and chapters its first unit's props name.
 */
export function documentFromTmx(parsed: ParsedTmx): TmxDocumentParts {
  const groups: TmxUnit[][] = [];
  let lastGroup: number | null = null;
  for (const unit of parsed.units) {
    if (unit.group === null || unit.group !== lastGroup || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(unit);
    lastGroup = unit.group;
  }
  const parts: TmxDocumentParts = { source: [], translation: [], paragraphLinks: [], sentenceLinks: [], translationStatuses: [] };
  let sourceCount = 0;
  let targetCount = 0;
  for (const units of groups) {
    const link = { source: [] as number[], target: [] as number[], confidence: 1 };
    const sourceSentences: string[] = [];
    const targetSentences: string[] = [];
    for (const unit of units) {
      const s = sentencesOf(unit.source, 'id');
      const t = sentencesOf(unit.target, 'en');
      parts.sentenceLinks.push({
        source: s.map((_, i) => sourceCount + sourceSentences.length + i),
        target: t.map((_, i) => targetCount + targetSentences.length + i),
        confidence: 1,
        ...(unit.confirmed ? { confirmed: true } : {}),
      });
      parts.translationStatuses.push(...t.map(() => unit.status));
      sourceSentences.push(...s);
      targetSentences.push(...t);
    }
    const { structure, chapters } = units[0]!;
    if (sourceSentences.length > 0) {
      link.source.push(parts.source.length);
      parts.source.push({ text: sourceSentences.join(' '), sentences: sourceSentences, structure, chapter: chapters.source });
    }
    if (targetSentences.length > 0) {
      link.target.push(parts.translation.length);
      parts.translation.push({ text: targetSentences.join(' '), sentences: targetSentences, structure, chapter: chapters.target });
    }
    sourceCount += sourceSentences.length;
    targetCount += targetSentences.length;
    parts.paragraphLinks.push(link);
  }
  return parts;
}

/** A unit's text passes the intake after the XML is decoded: character references can spell control characters. */
function sentencesOf(raw: string, lang: 'id' | 'en'): string[] {
  const text = normalizeLine(raw);
  return text ? splitSentences(text, lang).map((s) => s.text) : [];
}
