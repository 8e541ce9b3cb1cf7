/**
 * What needs attention in a document: one ranked list of items, each on one sentence link. The
 * alignment gives doubtful links and omissions or additions (1-0, 0-1) that nobody confirmed; the
 * checks give their findings; the statuses give machine English nobody reviewed; the revisions
 * give sentences someone else changed after the viewer's own last save. An item's key names its
 * kind and the first sentence of its link, so a mark (resolved, ignored) stays with it when the
 * links around it change.
 */
import type { CheckId, Finding } from '../checks/types';
import type { Origin, SegmentStatus } from '../model';

export type AlignmentKind = 'omission' | 'addition' | 'low_confidence';
export type StatusKind = 'unreviewed_machine' | 'unreviewed_memory' | 'changed';
export type QueueKind = AlignmentKind | CheckId | StatusKind;

/** Kinds from the most to the least pressing; the queue is ranked by this, then by place in the document. */
export const QUEUE_KINDS: readonly QueueKind[] = [
  'omission', 'addition', 'numbers', 'low_confidence', 'untranslated', 'glossary', 'inconsistent',
  'changed', 'length', 'punctuation', 'doubled', 'unreviewed_machine', 'unreviewed_memory',
];

export const isQueueKind = (value: unknown): value is QueueKind => typeof value === 'string' && (QUEUE_KINDS as readonly string[]).includes(value);

/** Links the aligner is less sure of than this are doubtful, unless a person confirmed them. */
export const LOW_CONFIDENCE = 0.5;

export interface QueueSentence {
  id: number;
  status: SegmentStatus;
  /** Where the English came from: a draft pre-filled from the memory waits for review like machine English. */
  origin?: Origin;
}

export interface QueueLink {
  index: number;
  /** The passage (paragraph link) the link is shown in. */
  passage: number;
  confidence: number;
  confirmed: boolean;
  source: readonly { id: number }[];
  target: readonly QueueSentence[];
}

export type MarkState = 'resolved' | 'ignored';

export interface Mark {
  key: string;
  state: MarkState;
  author: string | null;
  at: string;
}

export interface QueueItem {
  key: string;
  kind: QueueKind;
  link: number;
  passage: number;
  /** The English sentence to edit, when the item is about the text; null when it is about the link. */
  sentence: number | null;
  params: Record<string, string | number>;
  mark: Mark | null;
}

export interface QueueInput {
  links: readonly QueueLink[];
  findings: readonly Finding[];
  /** English sentences someone else changed after the viewer last saved them. */
  changed: ReadonlySet<number>;
  marks: ReadonlyMap<string, Mark>;
}

/** The key of an item: its kind and the link's first Indonesian sentence (or first English one). */
export function itemKey(kind: QueueKind, link: QueueLink): string {
  const anchor = link.source[0] ? `s${link.source[0].id}` : link.target[0] ? `t${link.target[0].id}` : `l${link.index}`;
  return `${kind}:${anchor}`;
}

function alignmentKind(link: QueueLink): AlignmentKind | null {
  if (link.confirmed) return null;
  if (link.target.length === 0) return link.source.length > 0 ? 'omission' : null;
  if (link.source.length === 0) return 'addition';
  return link.confidence < LOW_CONFIDENCE ? 'low_confidence' : null;
}

function statusKinds(link: QueueLink, changed: ReadonlySet<number>): { kind: StatusKind; sentence: number }[] {
  const out: { kind: StatusKind; sentence: number }[] = [];
  const machine = link.target.find((s) => s.status === 'machine');
  if (machine) out.push({ kind: 'unreviewed_machine', sentence: machine.id });
  const memory = link.target.find((s) => s.status === 'draft' && s.origin === 'memory');
  if (memory) out.push({ kind: 'unreviewed_memory', sentence: memory.id });
  const other = link.target.find((s) => changed.has(s.id));
  if (other) out.push({ kind: 'changed', sentence: other.id });
  return out;
}

const RANK = new Map(QUEUE_KINDS.map((k, i) => [k, i]));

/** Every item of the document, marked or not, ranked: the most pressing kind first, then in document order. */
export function buildQueue(input: QueueInput): QueueItem[] {
  const items: QueueItem[] = [];
  const add = (kind: QueueKind, link: QueueLink, sentence: number | null, params: Record<string, string | number> = {}) => {
    const key = itemKey(kind, link);
    items.push({ key, kind, link: link.index, passage: link.passage, sentence, params, mark: input.marks.get(key) ?? null });
  };
  const byIndex = new Map(input.links.map((l) => [l.index, l]));
  for (const link of input.links) {
    const alignment = alignmentKind(link);
    if (alignment) add(alignment, link, null, alignment === 'low_confidence' ? { confidence: Math.round(link.confidence * 100) } : {});
    for (const s of statusKinds(link, input.changed)) add(s.kind, link, s.sentence);
  }
  for (const f of input.findings) {
    const link = byIndex.get(f.link);
    if (link) add(f.check, link, link.target[0]?.id ?? null, f.params);
  }
  return items.sort((a, b) => RANK.get(a.kind)! - RANK.get(b.kind)! || a.link - b.link);
}

export type StateFilter = 'open' | 'resolved' | 'ignored' | 'all';
export const STATE_FILTERS: readonly StateFilter[] = ['open', 'resolved', 'ignored', 'all'];

export interface QueueFilter {
  state: StateFilter;
  /** Empty: every kind. */
  kinds: ReadonlySet<QueueKind>;
}

export function filterQueue(items: readonly QueueItem[], filter: QueueFilter): QueueItem[] {
  return items.filter((item) => {
    if (filter.kinds.size > 0 && !filter.kinds.has(item.kind)) return false;
    if (filter.state === 'all') return true;
    if (filter.state === 'open') return item.mark === null;
    return item.mark?.state === filter.state;
  });
}

/** How many open items of each kind, and in all. */
export function openCounts(items: readonly QueueItem[]): { total: number; byKind: Partial<Record<QueueKind, number>> } {
  const byKind: Partial<Record<QueueKind, number>> = {};
  let total = 0;
  for (const item of items) {
    if (item.mark) continue;
    byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
    total++;
  }
  return { total, byKind };
}
