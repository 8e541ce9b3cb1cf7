import { statusOfNew, type Link, type ParagraphStructure } from '../core/model';
import { structureOfColumns } from '../core/text/structure';
import type { Db } from './database';
import { preparedQuery } from './prepared-query';
import { bumpRevision } from './document-revision';
import { holdTurns } from './event-loop-turns';
import { allPages, BEFORE_EVERY_POSITION, PAGE_ROWS, type PageReader } from './paged-rows';
import { linkRows, storedLink, type LinkRow, writeLinks, type StoredLink } from './links';
import { insertParagraphs } from './paragraphs';
import type { DocumentRow, Lang, Origin, SegmentStatus, Visibility } from './schema';
import { writeSentenceVersions } from './sentences';

export type { StoredLink };

/** A paragraph ready to store: its text and the sentences found in it. */
export interface ParagraphInput {
  text: string;
  sentences: string[];
  /** Heading, cue or body text, as the file said; body text when not given. */
  structure?: ParagraphStructure;
  /** The chapter of its side the paragraph is in (0 first); absent or null where the side has none. */
  chapter?: number | null;
}

export interface NewDocument {
  title: string;
  titleEn?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  translationNote?: string | null;
  targetLang?: string;
  source: ParagraphInput[];
  translation: ParagraphInput[];
  translationOrigin: Exclude<Origin, 'source'>;
  /** Status of each English sentence by position where it is known (a TMX file says it); else as new text of its origin. */
  translationStatuses?: readonly (SegmentStatus | null)[];
  paragraphLinks: Link[];
  sentenceLinks: Link[];
  /** The search roots of the Indonesian sentences in document order, when the import worked them out already. */
  sourceRoots?: readonly string[];
  /** The same for the English sentences (their stems). */
  translationRoots?: readonly string[];
  visibility?: Visibility;
  /** The user who imported it; null for the samples and the command line. */
  createdBy?: number | null;
}

export interface StoredSentence {
  id: number;
  position: number;
  text: string;
  origin: Origin;
  status: SegmentStatus;
  version: number;
}

export interface StoredParagraph {
  id: number;
  position: number;
  text: string;
  structure: ParagraphStructure;
  /** The chapter of its side (0 first), null where the side has none. */
  chapter: number | null;
  sentences: StoredSentence[];
}

export interface DocumentDetail {
  document: DocumentRow;
  source: StoredParagraph[];
  translation: StoredParagraph[];
  paragraphLinks: StoredLink[];
  sentenceLinks: StoredLink[];
}

export interface DocumentSummary {
  id: number;
  title: string;
  titleEn: string | null;
  sourceName: string | null;
  paragraphCount: number;
  translationParagraphCount: number;
  createdAt: string;
  visibility: Visibility;
}

/** Stores a whole document, its segments and alignment in one transaction. */
export async function insertDocument(db: Db, input: NewDocument, now = new Date()): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('documents')
      .values({
        title: input.title,
        title_en: input.titleEn ?? null,
        source_name: input.sourceName ?? null,
        source_url: input.sourceUrl ?? null,
        translation_note: input.translationNote ?? null,
        target_lang: input.targetLang ?? 'en-US',
        created_at: stamp,
        updated_at: stamp,
        visibility: input.visibility ?? 'public',
        created_by: input.createdBy ?? null,
        revision: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    await insertSide(trx, id, 'id', input.source, 'source', stamp, { roots: input.sourceRoots });
    await insertSide(trx, id, 'en', input.translation, input.translationOrigin, stamp, { statuses: input.translationStatuses, roots: input.translationRoots });
    await writeLinks(trx, id, 'paragraph', input.paragraphLinks);
    await writeLinks(trx, id, 'sentence', input.sentenceLinks);
    return id;
  });
}

async function insertSide(
  db: Db,
  documentId: number,
  lang: Lang,
  paragraphs: ParagraphInput[],
  origin: Origin,
  stamp: string,
  known: { statuses?: readonly (SegmentStatus | null)[]; roots?: readonly string[] } = {},
) {
  const ids = await insertParagraphs(db, documentId, lang, paragraphs.map((p, position) => ({ position, text: p.text, structure: p.structure, chapter: p.chapter })));
  let position = 0;
  const versions = paragraphs.flatMap((p, i) =>
    p.sentences.map((text) => {
      const at = position++;
      const status = known.statuses?.[at] ?? statusOfNew(origin);
      // Machine output keeps its origin wherever it travelled, so that a person's edit is told from it.
      const from = status === 'machine' ? 'machine' : origin;
      return { paragraphId: ids[i], position: at, lang, text, origin: from, status, version: 1, roots: known.roots?.[at] };
    }),
  );
  // The first revision of every English segment is the text as it arrived.
  await writeSentenceVersions(db, documentId, versions, null, stamp);
}

/** Every document a viewer may see: private ones only when `includePrivate` is set. */
export async function listDocuments(db: Db, options: { includePrivate?: boolean } = {}): Promise<DocumentSummary[]> {
  const rows = await db
    .selectFrom('documents as d')
    .$if(!options.includePrivate, (qb) => qb.where('d.visibility', '=', 'public'))
    .select((eb) => [
      'd.id',
      'd.visibility',
      'd.title',
      'd.title_en',
      'd.source_name',
      'd.created_at',
      eb
        .selectFrom('paragraphs as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.document_id', '=', 'd.id')
        .where('p.lang', '=', 'id')
        .as('source_count'),
      eb
        .selectFrom('paragraphs as p')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('p.document_id', '=', 'd.id')
        .where('p.lang', '=', 'en')
        .as('translation_count'),
    ])
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    titleEn: r.title_en,
    sourceName: r.source_name,
    paragraphCount: Number(r.source_count ?? 0),
    translationParagraphCount: Number(r.translation_count ?? 0),
    createdAt: r.created_at,
    visibility: r.visibility,
  }));
}

/** Deletes a document with everything in it (the foreign keys cascade); false when there was none. */
export async function deleteDocument(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function setDocumentVisibility(db: Db, id: number, visibility: Visibility, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('documents').set({ visibility }).where('id', '=', id).execute();
    // Who may see the document is part of every page cached for it.
    await bumpRevision(trx, id, now.toISOString());
  });
}

export async function countDocuments(db: Db): Promise<number> {
  const row = await db.selectFrom('documents').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The document's own row (title, visibility…) without its text. */
const documentRow = preparedQuery((db: Db, id: number) => db.selectFrom('documents').selectAll().where('id', '=', id));

/** Read by every route that names a document (the loader), so its statement is made once. */
export async function getDocumentRow(db: Db, id: number): Promise<DocumentRow | undefined> {
  return (await documentRow(db, id))[0];
}

/** Times a long document is read again because it changed while it was read, before it is read in one go. */
const PAGED_READ_ATTEMPTS = 3;

export async function getDocument(db: Db, id: number): Promise<DocumentDetail | undefined> {
  for (let attempt = 1; ; attempt++) {
    const read = await readDocumentParts(db, id, attempt <= PAGED_READ_ATTEMPTS ? PAGE_ROWS : Number.MAX_SAFE_INTEGER);
    if (!read) return undefined;
    if (read.whole) return assembleDocument(read.document, read.parts);
    // Later pages let other requests in between, saves among them: every change moves the revision
    // in the same transaction, so an unmoved revision means no page saw a change the others missed.
    const after = await getDocumentRow(db, id);
    if (!after) return undefined;
    if (after.revision === read.document.revision) return assembleDocument(read.document, read.parts);
  }
}

type ParagraphRow = Awaited<ReturnType<typeof paragraphRows>>[number];
type SentenceRow = Awaited<ReturnType<typeof sentenceRows>>[number];

interface DocumentParts {
  paragraphs: ParagraphRow[];
  sentences: SentenceRow[];
  paragraphLinks: StoredLink[];
  sentenceLinks: StoredLink[];
}

// Read on every rendering of a changed document, so made once (prepared-query.ts).
const paragraphRows = preparedQuery((db: Db, id: number, lang: Lang, after: number, limit: number) =>
  db.selectFrom('paragraphs').selectAll().where('document_id', '=', id).where('lang', '=', lang).where('position', '>', after).orderBy('position').limit(limit),
);

const sentenceRows = preparedQuery((db: Db, id: number, lang: Lang, after: number, limit: number) =>
  db
    // The columns the page needs: not the search columns (roots; PostgreSQL's search vector), as long as the text again.
    .selectFrom('sentences')
    .select(['id', 'paragraph_id', 'lang', 'position', 'text', 'origin', 'status', 'version'])
    .where('document_id', '=', id)
    .where('lang', '=', lang)
    .where('position', '>', after)
    .orderBy('position')
    .limit(limit),
);

/**
 * The document's row, paragraphs, sentences and links. The row and the first page of each table
 * are read in one turn of the event loop (holdTurns): a document that fits in them (most do) is
 * read whole from one state of the database (`whole`). The rest of a long one follows a page at a
 * time, the loop turning between pages.
 */
async function readDocumentParts(db: Db, id: number, pageRows: number): Promise<{ document: DocumentRow; parts: DocumentParts; whole: boolean } | undefined> {
  const bySide = <R>(read: (lang: Lang, after: number, limit: number) => Promise<R[]>) => (['id', 'en'] as const).map((lang) => (after: number, limit: number) => read(lang, after, limit));
  const tables = [
    ...bySide((lang, after, limit) => paragraphRows(db, id, lang, after, limit)),
    ...bySide((lang, after, limit) => sentenceRows(db, id, lang, after, limit)),
    (after: number, limit: number) => linkRows.paragraph(db, id, after, limit),
    (after: number, limit: number) => linkRows.sentence(db, id, after, limit),
  ] as PageReader<{ position: number }>[];
  const [document, ...firstPages] = await holdTurns(db, () => Promise.all([getDocumentRow(db, id), ...tables.map((page) => page(BEFORE_EVERY_POSITION, pageRows))]));
  if (!document) return undefined;
  const whole = firstPages.every((rows) => rows.length < pageRows);
  const [paragraphsId, paragraphsEn, sentencesId, sentencesEn, paragraphLinks, sentenceLinks] = await Promise.all(
    tables.map((page, i) => allPages(page, pageRows, firstPages[i])),
  );
  return {
    document,
    whole,
    parts: {
      paragraphs: [...(paragraphsId as ParagraphRow[]), ...(paragraphsEn as ParagraphRow[])],
      sentences: [...(sentencesId as SentenceRow[]), ...(sentencesEn as SentenceRow[])],
      paragraphLinks: (paragraphLinks as LinkRow[]).map(storedLink),
      sentenceLinks: (sentenceLinks as LinkRow[]).map(storedLink),
    },
  };
}

function assembleDocument(document: DocumentRow, { paragraphs, sentences, paragraphLinks, sentenceLinks }: DocumentParts): DocumentDetail {
  const byParagraph = new Map<number, StoredSentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph_id) ?? [];
    list.push({ id: s.id, position: s.position, text: s.text, origin: s.origin, status: s.status, version: s.version });
    byParagraph.set(s.paragraph_id, list);
  }
  const side = (lang: Lang): StoredParagraph[] =>
    paragraphs
      .filter((p) => p.lang === lang)
      .map((p) => ({ id: p.id, position: p.position, text: p.text, structure: structureOfColumns(p), chapter: p.chapter ?? null, sentences: byParagraph.get(p.id) ?? [] }));

  return { document, source: side('id'), translation: side('en'), paragraphLinks, sentenceLinks };
}
