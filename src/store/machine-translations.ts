import type { GlossaryRef } from '../core/machine-translation/types';
import type { Db } from './database';
import { bumpRevision } from './document-revision';
import { getMeta, replaceMeta, setMeta } from './meta';
import type { MachineParagraphRow } from './schema';

export interface CachedTranslation {
  text: string;
  billedCharacters: number;
  model: string | null;
}

export interface CacheEntry extends CachedTranslation {
  key: string;
  engine: string;
  targetLang: string;
  glossaryVersion: string | null;
}

export async function getCachedTranslations(db: Db, keys: readonly string[]): Promise<Map<string, CachedTranslation>> {
  const found = new Map<string, CachedTranslation>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('translation_cache')
      .select(['cache_key', 'text', 'billed_characters', 'model'])
      .where('cache_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.cache_key, { text: row.text, billedCharacters: row.billed_characters, model: row.model });
  }
  return found;
}

export async function putCachedTranslation(db: Db, entry: CacheEntry, now = new Date()): Promise<void> {
  await db
    .insertInto('translation_cache')
    .values({
      cache_key: entry.key,
      engine: entry.engine,
      model: entry.model,
      target_lang: entry.targetLang,
      glossary_version: entry.glossaryVersion,
      text: entry.text,
      billed_characters: entry.billedCharacters,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('cache_key').doNothing())
    .execute();
}

export interface MachineParagraphInput {
  documentId: number;
  sourcePosition: number;
  cacheKey: string;
  text: string;
  engine: string;
  model: string | null;
  targetLang: string;
  jobId: number | null;
  billedCharacters: number;
}

/** Stores (or replaces) the machine translation of one source paragraph. */
export async function putMachineParagraph(db: Db, input: MachineParagraphInput, now = new Date()): Promise<void> {
  const values = {
    cache_key: input.cacheKey,
    text: input.text,
    engine: input.engine,
    model: input.model,
    target_lang: input.targetLang,
    job_id: input.jobId,
    billed_characters: input.billedCharacters,
    translated_at: now.toISOString(),
  };
  await db
    .insertInto('machine_paragraphs')
    .values({ document_id: input.documentId, source_position: input.sourcePosition, ...values })
    .onConflict((oc) => oc.columns(['document_id', 'source_position']).doUpdateSet(values))
    .execute();
}

export async function listMachineParagraphs(db: Db, documentId: number): Promise<MachineParagraphRow[]> {
  return db
    .selectFrom('machine_paragraphs')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('source_position')
    .execute();
}

/** Source paragraphs that no longer exist (the Indonesian was shortened) lose their translation. */
export async function dropMachineParagraphsFrom(db: Db, documentId: number, sourceCount: number): Promise<void> {
  await db
    .deleteFrom('machine_paragraphs')
    .where('document_id', '=', documentId)
    .where('source_position', '>=', sourceCount)
    .execute();
}

const GLOSSARY_REF_KEY = 'translate.deepl_glossary';

/** The DeepL glossary that holds the approved terms, as last synchronised. */
export async function getGlossaryRef(db: Db): Promise<GlossaryRef | null> {
  return (await readGlossaryRef(db)).ref;
}

/** The stored glossary ref and the raw value it was read from, for replaceGlossaryRef. */
export interface StoredGlossaryRef {
  ref: GlossaryRef | null;
  raw: string | undefined;
}

export async function readGlossaryRef(db: Db): Promise<StoredGlossaryRef> {
  const raw = await getMeta(db, GLOSSARY_REF_KEY);
  return { ref: parseGlossaryRef(raw), raw };
}

/** Stores `ref` only if nothing changed the stored one since `read`; true when it did. */
export function replaceGlossaryRef(db: Db, read: StoredGlossaryRef, ref: GlossaryRef | null): Promise<boolean> {
  return replaceMeta(db, GLOSSARY_REF_KEY, read.raw, JSON.stringify(ref));
}

function parseGlossaryRef(raw: string | undefined): GlossaryRef | null {
  if (!raw) return null;
  const parsed = JSON.parse(raw) as Partial<GlossaryRef> | null;
  if (!parsed || typeof parsed.id !== 'string' || typeof parsed.version !== 'string') return null;
  return { id: parsed.id, version: parsed.version, entryCount: Number(parsed.entryCount ?? 0) };
}

/** The English variant machine translation produces for the document. */
export async function setDocumentTargetLang(db: Db, documentId: number, targetLang: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('documents').set({ target_lang: targetLang }).where('id', '=', documentId).executeTakeFirst();
    await bumpRevision(trx, documentId, now.toISOString());
    return Number(result.numUpdatedRows) === 1;
  });
}
