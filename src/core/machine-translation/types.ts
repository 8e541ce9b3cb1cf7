/** English variants DeepL accepts as target; plain 'en' is rejected by the API. */
export type TargetLang = 'en-US' | 'en-GB';

/**
 * One call to a translation engine. DeepL applies `context` to every text of
 * the request and translates each text on its own (texts do not see each
 * other), so a request holds texts that share one context: see planBatches.
 */
export interface TranslationRequest {
  /** Non-empty texts, normally one paragraph (or one piece of a long paragraph) each. */
  texts: string[];
  /** Surrounding text that guides the translation but is neither translated nor billed. */
  context?: string;
  targetLang: TargetLang;
  /** Engine-side glossary id, as returned by Translator.syncGlossary. */
  glossaryId?: string;
}

/** The translation of one text; results come back in the order of the request's texts. */
export interface TranslationResult {
  text: string;
  billedCharacters: number;
  /** Lower-case language code the engine detected, e.g. 'id'. */
  detectedSourceLang: string;
  /** Model the engine reports having used, when it says. */
  model?: string;
}

export interface Usage {
  characterCount: number;
  /** null when the account reports no character limit. */
  characterLimit: number | null;
  limitReached: boolean;
}

/** One source → target pair as the engine's glossary holds it. */
export interface GlossaryEntry {
  source: string;
  target: string;
}

/** What the database keeps about the engine-side glossary between runs. */
export interface GlossaryRef {
  id: string;
  /** glossaryVersion() of the entries the engine-side glossary holds. */
  version: string;
  entryCount: number;
}

export interface Translator {
  /** Short engine name stored with each translation, e.g. 'deepl'. */
  readonly engine: string;
  translate(request: TranslationRequest): Promise<TranslationResult[]>;
  usage(): Promise<Usage>;
  /**
   * Makes the engine-side glossary hold exactly `entries`. `previous` is the
   * ref returned by the last call (from the database); it is reused as is
   * when the entries did not change. Returns null when there is no glossary
   * to use (no entries, or the engine cannot do glossaries for id→en).
   */
  syncGlossary?(entries: GlossaryEntry[], previous?: GlossaryRef | null): Promise<GlossaryRef | null>;
  /** Deletes an engine-side glossary nobody will use (one made in a race that another sync won). */
  dropGlossary?(ref: GlossaryRef): Promise<void>;
}
