import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Lang, LinkLevel, Origin, Role, SegmentStatus, Visibility } from '../core/model';

// The domain's words are the core's; the schema only uses them (re-exported for the store's own imports).
export type { Lang, LinkLevel, Origin, Role, SegmentStatus, Visibility };

/**
 * The database as Kysely sees it. Link sides are stored as JSON arrays of
 * unit positions so that the same columns work on SQLite and PostgreSQL.
 */
export interface Database {
  app_meta: AppMetaTable;
  documents: DocumentsTable;
  paragraphs: ParagraphsTable;
  sentences: SentencesTable;
  paragraph_links: LinksTable;
  sentence_links: LinksTable;
  segment_revisions: SegmentRevisionsTable;
  segment_status_events: SegmentStatusEventsTable;
  alignment_operations: AlignmentOperationsTable;
  retired_segments: RetiredSegmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  setup_tokens: SetupTokensTable;
  known_clients: KnownClientsTable;
  translation_jobs: TranslationJobsTable;
  translation_cache: TranslationCacheTable;
  machine_paragraphs: MachineParagraphsTable;
  glossary_terms: GlossaryTermsTable;
  review_marks: ReviewMarksTable;
  review_check_switches: ReviewCheckSwitchesTable;
  learner_words: LearnerWordsTable;
  learner_saved: LearnerSavedTable;
  dictionary_entries: DictionaryEntriesTable;
  memory_pairs: MemoryPairsTable;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface DocumentsTable {
  id: Generated<number>;
  title: string;
  title_en: string | null;
  source_name: string | null;
  source_url: string | null;
  translation_note: string | null;
  target_lang: string;
  created_at: string;
  updated_at: string;
  /** 'private' documents are shown to signed-in users only. */
  visibility: Generated<Visibility>;
  created_by: number | null;
  /** Raised by every change to the English side or the links; what caches of the document key on. */
  revision: Generated<number>;
}

export interface ParagraphsTable {
  id: Generated<number>;
  document_id: number;
  lang: Lang;
  /** 0-based order of the paragraph within its language side. */
  position: number;
  text: string;
  /** What the paragraph is (core/text/structure.ts): body text, a heading (with its level 1–6) or a subtitle cue (with its times). */
  kind: ColumnType<'body' | 'heading' | 'cue', 'body' | 'heading' | 'cue' | undefined, 'body' | 'heading' | 'cue'>;
  heading_level: ColumnType<number | null, number | null | undefined, number | null>;
  cue_start_ms: ColumnType<number | null, number | null | undefined, number | null>;
  cue_end_ms: ColumnType<number | null, number | null | undefined, number | null>;
  /** Which chapter of its side the paragraph is in (0 first); null where the side has none. */
  chapter: ColumnType<number | null, number | null | undefined, number | null>;
}


export interface SentencesTable {
  id: Generated<number>;
  document_id: number;
  paragraph_id: number;
  lang: Lang;
  /** 0-based order within the whole document side, the index links refer to. */
  position: number;
  text: string;
  origin: Origin;
  status: SegmentStatus;
  /** Raised on every save; a save naming an older version is refused. */
  version: number;
  updated_at: string;
  /** What search reads: Indonesian, the root of each word; English, the stem of each word but stop words (PostgreSQL indexes it; SQLite stems the text). */
  roots: Generated<string>;
}

export interface LinksTable {
  id: Generated<number>;
  document_id: number;
  position: number;
  source_json: string;
  target_json: string;
  confidence: number;
  /** 1 when a person confirmed the link; re-alignment keeps it. */
  confirmed: number;
  /** First and last unit of each side (null when the side is empty): how a sentence's partner is found by index. */
  source_first: number | null;
  source_last: number | null;
  target_first: number | null;
  target_last: number | null;
}

export interface SegmentRevisionsTable {
  id: Generated<number>;
  sentence_id: number;
  document_id: number;
  version: number;
  text: string;
  origin: Origin;
  author: string | null;
  created_at: string;
}

/** A sentence's status changed at `version` while its text stayed; kept after the sentence row is gone. */
export interface SegmentStatusEventsTable {
  id: Generated<number>;
  sentence_id: number;
  document_id: number;
  version: number;
  status_before: SegmentStatus;
  status: SegmentStatus;
  author: string | null;
  created_at: string;
}

/**
 * One undoable alignment operation. before_json and after_json hold, per link
 * level touched, the start and the links of the changed range:
 * [{level, start, links}].
 */
export interface AlignmentOperationsTable {
  id: Generated<number>;
  document_id: number;
  kind: string;
  before_json: string;
  after_json: string;
  /** 'done' can be undone, 'undone' can be redone, 'dropped' is history only. */
  state: 'done' | 'undone' | 'dropped';
  author: string | null;
  created_at: string;
}

/** An English segment that left the document (translation replaced, paragraph rewritten); its revisions stay. */
export interface RetiredSegmentsTable {
  id: Generated<number>;
  document_id: number;
  sentence_id: number;
  position: number;
  text: string;
  origin: Origin;
  status: SegmentStatus;
  version: number;
  reason: string;
  author: string | null;
  retired_at: string;
}


export interface UsersTable {
  id: Generated<number>;
  name: string;
  password_hash: string;
  role: Role;
  disabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

export interface LoginAttemptsTable {
  key: string;
  failures: number;
  window_started_at: string;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Browsers a user signed in from: there the account's lock against unknown clients does not apply. */
export interface KnownClientsTable {
  id_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface TranslationJobsTable {
  id: Generated<number>;
  document_id: number;
  target_lang: string;
  /** 1 when machine output may replace English a person wrote. */
  force: number;
  status: JobStatus;
  total_paragraphs: number;
  done_paragraphs: number;
  /** Paragraphs this job sent to the engine (not found in the cache). */
  sent_paragraphs: number;
  billed_characters: number;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  run_after: string | null;
  claimed_by: string | null;
  lease_expires_at: string | null;
  heartbeat_at: string | null;
  author: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface TranslationCacheTable {
  cache_key: string;
  engine: string;
  model: string | null;
  target_lang: string;
  glossary_version: string | null;
  text: string;
  billed_characters: number;
  created_at: string;
}

/** The machine translation of one source paragraph of a document, and where it came from. */
export interface MachineParagraphsTable {
  id: Generated<number>;
  document_id: number;
  source_position: number;
  cache_key: string;
  text: string;
  engine: string;
  model: string | null;
  target_lang: string;
  job_id: number | null;
  billed_characters: number;
  translated_at: string;
}

export type TranslationJobRow = Selectable<TranslationJobsTable>;
export type MachineParagraphRow = Selectable<MachineParagraphsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocumentRow = Insertable<DocumentsTable>;
export type ParagraphRow = Selectable<ParagraphsTable>;
export type SentenceRow = Selectable<SentencesTable>;
export type LinkRow = Selectable<LinksTable>;

export interface GlossaryTermsTable {
  id: Generated<number>;
  source: string;
  /** The source as compared for duplicates: lower-cased unless case_sensitive. */
  source_key: string;
  /** JSON array of English equivalents, preferred first. */
  targets_json: string;
  /** The equivalents as searched: one per line, lower-cased (the JSON's quotes and commas are not text). */
  targets_search: string;
  note: string;
  mode: 'forms' | 'derived';
  case_sensitive: number;
  status: 'proposed' | 'approved';
  /** null: the term applies to every document. */
  document_id: number | null;
  author: string | null;
  created_at: string;
  updated_at: string;
}

export type GlossaryTermRow = Selectable<GlossaryTermsTable>;

/** A review queue item marked resolved or ignored: the item's key (kind and first sentence), who and when. */
export interface ReviewMarksTable {
  id: Generated<number>;
  document_id: number;
  item_key: string;
  state: 'resolved' | 'ignored';
  author: string | null;
  created_at: string;
}

/** A check switched on or off for one document; a check without a row is on. */
export interface ReviewCheckSwitchesTable {
  document_id: number;
  check_id: string;
  enabled: number;
  author: string | null;
  updated_at: string;
}

/** A signed-in reader's status for one word root. */
export interface LearnerWordsTable {
  user_id: number;
  root: string;
  status: string;
  updated_at: string;
}

/** A word a reader saved, with the sentence pair it came from (copied). */
export interface LearnerSavedTable {
  id: Generated<number>;
  user_id: number;
  word: string;
  root: string;
  sentence: string;
  translation: string;
  document_id: number | null;
  document_title: string;
  created_at: string;
}

/** One gloss of an imported dictionary, under an Indonesian word in lower case. */
export interface DictionaryEntriesTable {
  id: Generated<number>;
  word: string;
  gloss: string;
  /** 'hunspell' (a stem, no gloss), 'freedict' or 'tsv'. */
  source: string;
}

/** A sentence pair of an imported translation memory: no document's, offered by the memory look-up. */
export interface MemoryPairsTable {
  id: Generated<number>;
  import_id: string;
  file_name: string;
  source: string;
  target: string;
  /** Each Indonesian word's root, as sentences.roots. */
  roots: string;
  author: string | null;
  created_at: string;
}
