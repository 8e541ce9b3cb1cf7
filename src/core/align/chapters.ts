/**
 * Two editions of a book, chapter by chapter: the chapters are paired first
 * (chapter-pairs.ts: by their headings' numbers, what their texts share and
 * their lengths, so front matter, notes and a chapter one edition lacks are
 * left unpaired, and a chapter one edition split is joined), then the
 * paragraphs and sentences inside each pair of chapters are aligned, and the
 * links of all pairs are put together with the whole document's indices.
 * No link crosses a chapter border the pairing did not join.
 */
import type { Link } from '../model';
import { alignDocument, type DocumentAlignment, type DocumentAlignOptions } from './align-document';
import { chapterText, pairChapters } from './chapter-pairs';

type Paragraphs = readonly (readonly string[])[];

/** Paragraph ranges [start, end) of the chapters starting at `starts`. */
function spans(starts: readonly number[], paragraphs: number): [number, number][] {
  const sorted = [...new Set(starts)].filter((s) => s > 0 && s < paragraphs).sort((a, b) => a - b);
  const edges = [0, ...sorted, paragraphs];
  return edges.slice(0, -1).map((start, i) => [start, edges[i + 1]!]);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Where each side's chapters begin, from each paragraph's chapter number
 * (null where the side has none), when both sides have two or more: the
 * book is then aligned chapter by chapter; undefined otherwise.
 */
export function chapterBeginnings(source: readonly (number | null | undefined)[], target: readonly (number | null | undefined)[]): { source: number[]; target: number[] } | undefined {
  const starts = (side: readonly (number | null | undefined)[]) => side.flatMap((c, i) => (c != null && (i === 0 || c !== side[i - 1]) ? [i] : []));
  const [s, t] = [starts(source), starts(target)];
  return s.length > 1 && t.length > 1 ? { source: s, target: t } : undefined;
}

export function alignByChapters(
  source: Paragraphs,
  target: Paragraphs,
  chapters: { source: readonly number[]; target: readonly number[] },
  options: Pick<DocumentAlignOptions, 'lexicon'> = {},
): DocumentAlignment {
  const sourceSpans = spans(chapters.source, source.length);
  const targetSpans = spans(chapters.target, target.length);
  const chapterTexts = (paragraphs: Paragraphs, s: [number, number][]) => s.map(([a, b]) => chapterText(paragraphs.slice(a, b).map((p) => p.join(' '))));
  const pairs = pairChapters(chapterTexts(source, sourceSpans), chapterTexts(target, targetSpans));

  const sentenceStart = (paragraphs: Paragraphs) => {
    const starts = [0];
    for (const p of paragraphs) starts.push(starts[starts.length - 1]! + p.length);
    return starts;
  };
  const sourceSentenceAt = sentenceStart(source);
  const targetSentenceAt = sentenceStart(target);
  const out: DocumentAlignment = { paragraphs: [], sentences: [] };
  for (const pair of pairs) {
    const [ps, pe] = pair.source.length ? [sourceSpans[pair.source[0]!]![0], sourceSpans[pair.source[pair.source.length - 1]!]![1]] : [0, 0];
    const [ts, te] = pair.target.length ? [targetSpans[pair.target[0]!]![0], targetSpans[pair.target[pair.target.length - 1]!]![1]] : [0, 0];
    if (pe > ps && te > ts) {
      const inner = alignDocument(source.slice(ps, pe), target.slice(ts, te), options);
      const shift = (links: Link[], s: number, t: number) =>
        links.map((l) => ({ ...l, source: l.source.map((i) => i + s), target: l.target.map((i) => i + t) }));
      out.paragraphs.push(...shift(inner.paragraphs, ps, ts));
      out.sentences.push(...shift(inner.sentences, sourceSentenceAt[ps]!, targetSentenceAt[ts]!));
      continue;
    }
    // A chapter the other edition lacks: each of its paragraphs and sentences stands alone.
    const [from, to, side, at] = pe > ps ? [ps, pe, 'source', sourceSentenceAt] as const : [ts, te, 'target', targetSentenceAt] as const;
    const lone = (i: number): Link => (side === 'source' ? { source: [i], target: [], confidence: pair.confidence } : { source: [], target: [i], confidence: pair.confidence });
    out.paragraphs.push(...range(from, to).map(lone));
    out.sentences.push(...range(at[from]!, at[to]!).map(lone));
  }
  return out;
}
