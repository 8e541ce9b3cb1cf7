/**
 * The evaluation documents as subtitles: every gold sentence one cue, the
 * Indonesian cues shown one after another (a cue lasts as long as its text
 * takes to read, 1 to 7 s, with 0.4 s between cues), and each English cue
 * shown over the time of the Indonesian cues it translates (a cue one
 * English sentence shares with others is shared by length), its start and
 * end moved by up to `jitterMs` either way, as two subtitle files of one
 * film are timed by different people. English added by the translator has
 * no Indonesian cue to take its time from and is given none. Aligned with
 * or without the times. The cue links are also projected onto the
 * paragraphs, where a cue link covering part of a paragraph counts as wrong:
 * the sentence rows are the ones to compare.
 */
import { alignDocument, type TimeSpan } from '../../../src/core/align';
import type { GoldDocument } from './corpus';
import { project, type Links } from './round-trip';

const GAP_MS = 400;
const MS_PER_CHARACTER = 60;
const duration = (text: string) => Math.min(7000, Math.max(1000, text.length * MS_PER_CHARACTER));

function sourceTimes(sentences: readonly string[]): TimeSpan[] {
  let clock = 0;
  return sentences.map((text) => {
    const span = { start: clock, end: clock + duration(text) };
    clock = span.end + GAP_MS;
    return span;
  });
}

function targetTimes(doc: GoldDocument, source: readonly TimeSpan[], jitterMs: number, random: () => number): (TimeSpan | null)[] {
  const target = doc.target.flat();
  // Each Indonesian cue's time shared among the English sentences made from it, by their length.
  const shares = new Map<string, TimeSpan>();
  source.forEach((span, s) => {
    const heirs = target.map((t, k) => [t, k] as const).filter(([t]) => t.origins.includes(s));
    const total = heirs.reduce((n, [t]) => n + t.text.length, 0);
    let read = 0;
    for (const [t, k] of heirs) {
      const start = span.start + ((span.end - span.start) * read) / total;
      read += t.text.length;
      shares.set(`${s}:${k}`, { start, end: span.start + ((span.end - span.start) * read) / total });
    }
  });
  const jitter = () => (2 * random() - 1) * jitterMs;
  return target.map((t, k) => {
    if (t.origins.length === 0) return null;
    const spans = t.origins.map((s) => shares.get(`${s}:${k}`)!);
    const start = Math.max(0, Math.min(...spans.map((x) => x.start)) + jitter());
    return { start, end: Math.max(start + 200, Math.max(...spans.map((x) => x.end)) + jitter()) };
  });
}

/** Sejajar's links on the document as two subtitle files, one cue per sentence, with the cue times as evidence or without. */
export function alignAsCues(doc: GoldDocument, timed: boolean, jitterMs: number, random: () => number): { paragraphs: Links; sentences: Links } {
  const source = doc.source.flat();
  const target = doc.target.flat().map((s) => s.text);
  const sourceSpans = sourceTimes(source);
  const times = timed ? { source: sourceSpans, target: targetTimes(doc, sourceSpans, jitterMs, random) } : undefined;
  const cues = alignDocument(source.map((s) => [s]), target.map((t) => [t]), { times }).paragraphs;
  const paragraphOf = (paragraphs: readonly unknown[][]) => paragraphs.flatMap((p, k) => p.map(() => [k]));
  return { paragraphs: project(cues, paragraphOf(doc.source), paragraphOf(doc.target)), sentences: cues };
}
