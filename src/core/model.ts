/**
 * The domain's vocabulary, declared once. The database schema, the core and
 * the web layer all speak these words; none of them declares its own.
 */

/** A document's two languages: Indonesian source, English translation. */
export type Lang = 'id' | 'en';

/**
 * What a paragraph is, as the file it came from said: body text, a heading of
 * a level (1–6), or a subtitle cue with its start and end (milliseconds).
 */
export type ParagraphStructure = { kind: 'body' } | { kind: 'heading'; level: number } | { kind: 'cue'; start: number; end: number };

/** A side of an alignment: the Indonesian units ('source') or the English ones ('target'). */
export type Side = 'source' | 'target';

/**
 * Where an English segment came from; Indonesian sentences are always 'source'. 'memory': an exact
 * match from the library's reviewed pairs, pre-filled on import as a draft.
 */
export type Origin = 'source' | 'human' | 'machine' | 'memory';

export type SegmentStatus = 'source' | 'machine' | 'draft' | 'reviewed';

/**
 * The status a segment starts with: Indonesian is the source, machine output
 * is marked as such, and new text from a person is a draft until reviewed.
 */
export const statusOfNew = (origin: Origin): SegmentStatus => (origin === 'source' ? 'source' : origin === 'machine' ? 'machine' : 'draft');

/** The two levels at which a document is aligned. */
export type LinkLevel = 'paragraph' | 'sentence';

/** 'private' documents exist for signed-in users only. */
export type Visibility = 'public' | 'private';

export type Role = 'editor' | 'admin';

/**
 * One alignment link: which source units face which target units. Indices
 * are 0-based and increasing; an empty side means the unit was dropped (1-0)
 * or added (0-1) by the translator.
 */
export interface Link {
  source: number[];
  target: number[];
  /** How sure the aligner is that this link is right, in [0, 1]. */
  confidence: number;
  /** A person said this link is right; re-alignment keeps it. Absent on links fresh from the aligner. */
  confirmed?: boolean;
}

/** A link as stored and edited: whether a person confirmed it is always known. */
export interface ConfirmedLink extends Link {
  confirmed: boolean;
}

/** Who is asking: decides which documents exist for this request. */
export interface Viewer {
  user: { id: number; name: string; role: Role } | null;
}

/**
 * The one visibility rule: a private document (and everything in it: its
 * segments, links, jobs, glossary terms) exists for signed-in users only.
 */
export function canSee(viewer: Viewer, document: { visibility: Visibility }): boolean {
  return document.visibility !== 'private' || canSeePrivate(viewer);
}

/** The same rule for lists and searches, which filter in the query: may this viewer see private documents at all? */
export const canSeePrivate = (viewer: Viewer): boolean => viewer.user !== null;

/** Whether the viewer may change documents, the glossary and jobs. */
export const canEdit = (viewer: Viewer): boolean => viewer.user !== null;

/** Who wrote a revision is shown to signed-in users only: a sign-in name is half of a credential. */
export const visibleAuthor = (viewer: Viewer, author: string | null): string | null => (viewer.user ? author : null);

/** Revisions as the viewer may see them: the same rule for every list that carries authors. */
export const withVisibleAuthors = <R extends { author: string | null }>(viewer: Viewer, revisions: readonly R[]): R[] =>
  revisions.map((r) => ({ ...r, author: visibleAuthor(viewer, r.author) }));

/** The signed-in user's name, recorded as the author of a change. */
export const authorName = (viewer: Viewer): string | null => viewer.user?.name ?? null;

/** A positive whole number as written in a URL or a form; anything else is not an id. */
export function parseId(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
