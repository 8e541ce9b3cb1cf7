/**
 * The reader's columns and term list are the same for every visitor of a document in one
 * language, and building them (glossary matching, one element per sentence and term) is most
 * of a reader page's cost. They are kept per document and language, under a stamp that moves
 * whenever the document's sentences or links or the glossary change, so a page never shows
 * anything older than the database; another server process sees the same stamps.
 */
import type { Request } from 'express';
import { headingLevels } from '../../core/reader/headings';
import { cueSpan } from '../../core/text/structure';
import { buildReaderRows, type ReaderRow } from '../../core/reader/rows';
import type { GlossaryService } from '../../glossary/service';
import type { Db } from '../../store/database';
import { getDocument, type StoredParagraph, type StoredSentence } from '../../store/documents';
import { documentStamp } from '../../store/stamps';
import { readerGlossaryView, type ReaderGlossaryView } from '../glossary/reader-view';
import { PASSAGE_END, renderPassages, type PassageFragments } from './passage-fragments';
import { translatorFor } from '../i18n';
import { notFound } from '../../core/errors';

export interface ReaderBody {
  columns: string;
  terms: string;
}

interface Entry {
  stamp: string;
  body: ReaderBody;
  /** The passages' HTML, for the next rendering after a change. */
  fragments: PassageFragments;
  chars: number;
}

interface Rendered {
  body: ReaderBody;
  fragments: PassageFragments;
}

/** Bodies kept, least recently used dropped first, up to this many characters in all (about 380 documents of the sample article's size, in both interface languages). */
const DEFAULT_MAX_CHARS = 32 * 1024 * 1024;

export class ReaderBodies {
  private readonly entries = new Map<string, Entry>();
  private readonly rendering = new Map<string, Promise<Rendered>>();
  private chars = 0;

  constructor(
    private readonly db: Db,
    private readonly glossary: GlossaryService,
    private readonly maxChars = DEFAULT_MAX_CHARS,
  ) {}

  async get(req: Request, documentId: number): Promise<ReaderBody> {
    // The stamp is read before the content, so content is never older than the stamp it is kept under.
    const [documentStampValue, glossaryVersion] = await Promise.all([documentStamp(this.db, documentId), this.glossary.version()]);
    if (documentStampValue === undefined) throw notFound('document');
    const key = `${documentId}|${req.language}`;
    const stamp = `${documentStampValue}|${glossaryVersion}`;
    const cached = this.entries.get(key);
    if (cached?.stamp === stamp) {
      this.keep(key, cached);
      return cached.body;
    }
    return (await this.renderOnce(req, documentId, key, { stamp, glossaryVersion }, cached?.fragments)).body;
  }

  /** Visitors arriving together (a burst after a restart or a save) wait for one rendering. */
  private renderOnce(req: Request, documentId: number, key: string, { stamp, glossaryVersion }: { stamp: string; glossaryVersion: number | string }, previous?: PassageFragments): Promise<Rendered> {
    const flightKey = `${key}|${stamp}`;
    let rendering = this.rendering.get(flightKey);
    if (!rendering) {
      rendering = this.render(req, documentId, String(glossaryVersion), previous)
        .then((rendered) => {
          const { body, fragments } = rendered;
          this.keep(key, { stamp, body, fragments, chars: body.columns.length + body.terms.length + fragments.chars });
          return rendered;
        })
        .finally(() => this.rendering.delete(flightKey));
      this.rendering.set(flightKey, rendering);
    }
    return rendering;
  }

  private async render(req: Request, documentId: number, glossaryVersion: string, previous: PassageFragments | undefined): Promise<Rendered> {
    const detail = await getDocument(this.db, documentId);
    if (!detail) throw notFound('document');
    const rows = buildReaderRows(detail.source, detail.translation, detail.paragraphLinks, detail.sentenceLinks);
    const glossary = readerGlossaryView(await this.glossary.forReader(detail), translatorFor(req));
    const levels = { id: levelsByPosition(detail.source), en: levelsByPosition(detail.translation) };
    const headingLevel = (side: 'id' | 'en', position: number) => levels[side].get(position) ?? null;
    const locals = { t: req.t, document: detail.document, rows, hasTranslation: detail.translation.length > 0, glossary, headingLevel, cueSpan };
    const terms = await renderView(req, 'glossary/reader-panel', locals);
    const head = await renderView(req, 'reader/columns', { ...locals, rows: [], withHead: true });
    // Fragments made under another language, glossary or "not translated" label are not reused.
    const basis = `${req.language}|${glossaryVersion}|${locals.hasTranslation}`;
    const passages = await renderPassages(rows, basis, previous, {
      contentOf: (row) => passageContent(row, glossary, headingLevel),
      render: (slice) => renderView(req, 'reader/columns', { ...locals, rows: slice, withHead: false, passageEnd: PASSAGE_END }),
    });
    return { body: { columns: head + passages.html, terms }, fragments: passages.fragments };
  }

  /** Stores the entry as the most recently used, replacing any under the same key, then trims the oldest. */
  private keep(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) this.forget(key, old);
    this.entries.set(key, entry);
    this.chars += entry.chars;
    for (const [oldKey, old] of this.entries) {
      if (this.chars <= this.maxChars || oldKey === key) break;
      this.forget(oldKey, old);
    }
  }

  private forget(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.chars -= entry.chars;
  }
}

function levelsByPosition(paragraphs: StoredParagraph[]): Map<number, number> {
  const levels = new Map<number, number>();
  headingLevels(paragraphs).forEach((level, i) => {
    if (level !== null) levels.set(paragraphs[i]!.position, level);
  });
  return levels;
}

/** Everything one passage's HTML shows besides the basis: its rows, heading levels and glossary terms. */
function passageContent(row: ReaderRow<StoredSentence>, glossary: ReaderGlossaryView, headingLevel: (side: 'id' | 'en', position: number) => number | null): string {
  const side = (name: 'id' | 'en', paragraphs: ReaderRow<StoredSentence>['source']) =>
    paragraphs.map((p) => [headingLevel(name, p.position), p.sentences.map((s) => [glossary.slices(name, s.sentence.position), name === 'en' ? glossary.missing(s.sentence.position) : null])]);
  return JSON.stringify([row, side('id', row.source), side('en', row.target)]);
}

function renderView(req: Request, view: string, locals: object): Promise<string> {
  return new Promise((resolve, reject) => req.app.render(view, locals, (err, html) => (err ? reject(err) : resolve(html))));
}
