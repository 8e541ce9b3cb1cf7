/**
 * A document as exchange formats see it: its sentence links in order, each
 * with the texts on both sides and the paragraph group it falls in.
 */
import type { Link, ParagraphStructure, SegmentStatus } from '../model';
import type { GroupChapters } from '../reader/chapters';

export type { GroupChapters } from '../reader/chapters';

/** A recorded change: when (ISO 8601) and by whom (null: unknown, or not for this reader's eyes). */
export interface RevisionStamp {
  at: string;
  author: string | null;
}

/** The first and the latest revision of one sentence. */
export interface SentenceStamps {
  created: RevisionStamp;
  changed: RevisionStamp;
}

/** The status of a pair's English: the one its sentences share, else draft (one of them still wants work). */
export type PairStatus = Exclude<SegmentStatus, 'source'>;

export interface ExchangePair {
  /** Index of the paragraph link the pair belongs to; pairs of one group share a paragraph. */
  group: number;
  source: string[];
  target: string[];
  confidence: number;
  confirmed: boolean;
  /** Absent when the pair has no English or the statuses are not known. */
  status?: PairStatus;
  /** The earliest and the latest revision of the pair's sentences, when known. */
  created?: RevisionStamp;
  changed?: RevisionStamp;
}

export interface ExchangeDocument {
  title: string;
  titleEn: string | null;
  /** BCP 47 tag of the English side, e.g. en-US. */
  targetLang: string;
  pairs: ExchangePair[];
  /** What each paragraph group is (by group index), where the document stored it: a heading, a cue or body text. */
  groupStructures?: readonly ParagraphStructure[];
  /** The chapter (0 first) each paragraph group is in on each side, where the document stored chapters. */
  groupChapters?: readonly GroupChapters[];
}


/** Each paragraph group's chapters: its first paragraph's on each side. Undefined when neither side has chapters. */
export function groupChaptersOf(
  paragraphLinks: readonly { source: number[]; target: number[] }[],
  source: readonly (number | null)[],
  target: readonly (number | null)[],
): GroupChapters[] | undefined {
  if (!source.some((c) => c !== null) && !target.some((c) => c !== null)) return undefined;
  return paragraphLinks.map((link) => ({ source: source[link.source[0] ?? -1] ?? null, target: target[link.target[0] ?? -1] ?? null }));
}

/** The structure of a paragraph group: its first Indonesian paragraph's, else its first English paragraph's. */
export function groupStructuresOf(
  paragraphLinks: readonly { source: number[]; target: number[] }[],
  source: readonly ParagraphStructure[],
  target: readonly ParagraphStructure[],
): ParagraphStructure[] {
  return paragraphLinks.map((link) => (link.source.length > 0 ? source[link.source[0]!] : target[link.target[0]!]) ?? { kind: 'body' });
}


/**
 * Builds pairs from sentence texts, sentence links, and the paragraph of each
 * sentence; a pair belongs to the paragraph link holding its first sentence.
 */
export function pairsOf(input: {
  sourceSentences: readonly string[];
  targetSentences: readonly string[];
  sourceParagraphOf: readonly number[];
  targetParagraphOf: readonly number[];
  paragraphLinks: readonly { source: number[]; target: number[] }[];
  sentenceLinks: readonly Link[];
  /** Status of each English sentence, by position. */
  targetStatuses?: readonly SegmentStatus[];
  /** Revision stamps of each sentence, by position. */
  sourceStamps?: readonly (SentenceStamps | undefined)[];
  targetStamps?: readonly (SentenceStamps | undefined)[];
}): ExchangePair[] {
  const groupOfSource = new Map<number, number>();
  const groupOfTarget = new Map<number, number>();
  input.paragraphLinks.forEach((link, group) => {
    for (const p of link.source) groupOfSource.set(p, group);
    for (const p of link.target) groupOfTarget.set(p, group);
  });
  return input.sentenceLinks.map((link) => {
    const group =
      link.source.length > 0
        ? groupOfSource.get(input.sourceParagraphOf[link.source[0]])
        : groupOfTarget.get(input.targetParagraphOf[link.target[0]]);
    const stamps = [...link.source.map((i) => input.sourceStamps?.[i]), ...link.target.map((i) => input.targetStamps?.[i])];
    const statuses = input.targetStatuses ? link.target.map((i) => input.targetStatuses![i]) : [];
    return {
      group: group ?? 0,
      source: link.source.map((i) => input.sourceSentences[i]),
      target: link.target.map((i) => input.targetSentences[i]),
      confidence: link.confidence,
      confirmed: link.confirmed ?? false,
      ...withStatus(statuses),
      ...withStamps(stamps),
    };
  });
}

function withStatus(statuses: readonly (SegmentStatus | undefined)[]): { status?: PairStatus } {
  const known = statuses.filter((s): s is PairStatus => s !== undefined && s !== 'source');
  if (known.length === 0) return {};
  return { status: known.every((s) => s === known[0]) ? known[0]! : 'draft' };
}

function withStamps(stamps: readonly (SentenceStamps | undefined)[]): { created?: RevisionStamp; changed?: RevisionStamp } {
  let created: RevisionStamp | undefined;
  let changed: RevisionStamp | undefined;
  for (const s of stamps) {
    if (!s) continue;
    if (!created || s.created.at < created.at) created = s.created;
    if (!changed || s.changed.at >= changed.at) changed = s.changed;
  }
  return created && changed ? { created, changed } : {};
}

/**
 * Two neighbouring pairs as one: their texts in order, the weaker confidence, confirmed only if
 * both were, the shared status (else draft) and the widest span of revisions. The group is the
 * first pair's.
 */
export function joinPairs(first: ExchangePair, second: ExchangePair): ExchangePair {
  const statuses = [first.status, second.status].filter((s) => s !== undefined);
  const stamps = [first, second].map((p) => (p.created && p.changed ? { created: p.created, changed: p.changed } : undefined));
  return {
    group: first.group,
    source: [...first.source, ...second.source],
    target: [...first.target, ...second.target],
    confidence: Math.min(first.confidence, second.confidence),
    confirmed: first.confirmed && second.confirmed,
    ...withStatus(statuses),
    ...withStamps(stamps),
  };
}

/** The text of one side of a pair, as a single segment. */
export const sideText = (sentences: readonly string[]) => sentences.join(' ');
