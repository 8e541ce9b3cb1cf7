/**
 * The learner's side of the library: words explained in place, word statuses by root and saved
 * words with their context. Routes stay thin; the rules are in core/words.
 */
import type { Compute } from '../compute/compute';
import { notFound } from '../core/errors';
import { scanWords } from '../core/glossary/words';
import { buildAnkiTsv } from '../core/words/anki';
import { LearnerError } from '../core/words/errors';
import type { PairWords } from '../core/words/explain';
import { indonesianKey } from '../core/words/keys';
import { parseStatuses } from '../core/words/statuses';
import type { DocumentRoots } from '../core/words/vocabulary';
import type { Db } from '../store/database';
import { sideTexts } from '../store/links';
import type { DocumentRow } from '../store/schema';
import {
  addMissingStatuses,
  countSavedWords,
  deleteSavedWord,
  insertSavedWord,
  linkSentences,
  listSavedWords,
  readStatuses,
  writeStatuses,
  type SavedWordRow,
} from '../store/words';
import { WordLookup } from './word-lookup';
import { LearnedWordTable } from './word-table';

/** Enough for years of reading; a bound so that one account cannot fill the database. */
export const MAX_SAVED_WORDS = 10_000;
const MAX_WORD_LENGTH = 64;

/** Links explained in one answer: a tall screen of short sentences (each a few milliseconds, explained one after another). */
export const MAX_LINKS_AT_ONCE = 40;

/** Documents whose roots are kept; a library page asks for each of its documents. */
const MAX_KEPT_VOCABULARIES = 200;

export class LearnerService {
  readonly table: LearnedWordTable;
  private readonly lookup: WordLookup;
  private readonly vocabularies = new Map<number, { revision: number; roots: DocumentRoots }>();

  constructor(
    private readonly db: Db,
    private readonly compute: Compute,
  ) {
    this.table = new LearnedWordTable(db, compute);
    this.lookup = new WordLookup(db, this.table);
  }

  words(document: DocumentRow, linkPosition: number): Promise<PairWords> {
    return this.lookup.forLink(document, linkPosition);
  }

  /** The words of the links from `first` to `last` at most MAX_LINKS_AT_ONCE apart: what a screen of the reader shows. */
  async wordsBetween(document: DocumentRow, first: number, last: number): Promise<Record<number, PairWords>> {
    if (last < first || last - first >= MAX_LINKS_AT_ONCE) {
      throw new LearnerError('bad_link_range', `Ask for 1 to ${MAX_LINKS_AT_ONCE} sentence links at once, named by from and to.`, { max: MAX_LINKS_AT_ONCE });
    }
    return Object.fromEntries(await this.lookup.forLinks(document, first, last));
  }

  /** The roots of the document's Indonesian text, kept per revision. */
  async vocabulary(document: DocumentRow): Promise<DocumentRoots> {
    const kept = this.vocabularies.get(document.id);
    if (kept?.revision === document.revision) return kept.roots;
    const roots = await this.compute.run('documentRoots', await sideTexts(this.db, document.id, 'id'));
    if (this.vocabularies.size >= MAX_KEPT_VOCABULARIES) this.vocabularies.clear();
    this.vocabularies.set(document.id, { revision: document.revision, roots });
    return roots;
  }

  async statuses(userId: number): Promise<Record<string, string>> {
    return Object.fromEntries(await readStatuses(this.db, userId));
  }

  /** "set" replaces the statuses of the roots sent; "merge" (a browser's list brought to the account) keeps those the account has. */
  async changeStatuses(userId: number, raw: unknown, mode: 'set' | 'merge'): Promise<number> {
    const statuses = parseStatuses(raw);
    if (mode === 'set') await writeStatuses(this.db, userId, statuses);
    else await addMissingStatuses(this.db, userId, statuses);
    return statuses.size;
  }

  /** Saves a word of a sentence link, with the link's Indonesian and English text as they are now. */
  async saveWord(userId: number, document: DocumentRow, linkPosition: number, word: string): Promise<void> {
    const sentences = await linkSentences(this.db, document.id, linkPosition);
    if (!sentences) throw notFound('sentence link');
    const sentence = sentences.source.map((s) => s.text).join(' ');
    const lower = word.toLowerCase();
    if (word.length > MAX_WORD_LENGTH || !scanWords(sentence).some((w) => w.text.toLowerCase() === lower)) {
      throw new LearnerError('word_not_in_sentence', 'The word is not in that sentence.');
    }
    if ((await countSavedWords(this.db, userId)) >= MAX_SAVED_WORDS) {
      throw new LearnerError('too_many_saved', `You can keep at most ${MAX_SAVED_WORDS} saved words.`, { max: MAX_SAVED_WORDS });
    }
    await insertSavedWord(this.db, userId, {
      word,
      root: indonesianKey(word),
      sentence,
      translation: sentences.target.map((s) => s.text).join(' '),
      documentId: document.id,
      documentTitle: document.title,
    });
  }

  savedWords(userId: number): Promise<SavedWordRow[]> {
    return listSavedWords(this.db, userId);
  }

  async removeSavedWord(userId: number, id: number): Promise<void> {
    if (!(await deleteSavedWord(this.db, userId, id))) throw notFound('saved word');
  }

  async ankiExport(userId: number): Promise<string> {
    return buildAnkiTsv(await listSavedWords(this.db, userId));
  }
}
