import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../store/database';
import { countDocuments } from '../store/documents';
import { claimMeta, deleteMeta, getMeta } from '../store/meta';
import { countTerms, importTerms } from '../store/glossary';
import { parseGlossaryCsv } from '../core/glossary/index';
import { importDocument, type ImportLimits } from './import-document';

/** What a `seeds/*.json` file says about one sample document. */
interface SeedManifest {
  title: string;
  titleEn?: string;
  sourceName?: string;
  sourceUrl?: string;
  translationNote?: string;
  source: string;
  translation?: string;
  /** A glossary CSV for every document (same columns as the glossary export). */
  glossary?: string;
}

const SEEDED_KEY = 'seeded_at';
const GLOSSARY_SEEDED_KEY = 'glossary_seeded_at';

/**
 * Loads the sample documents and glossary into a new library, once each. The glossary has its own
 * mark so that a library created before glossaries existed gets the sample terms at its next
 * start, unless it already has terms of its own.
 */
export async function seedIfEmpty(db: Db, seedsDir: string, limits: ImportLimits): Promise<number[]> {
  // The glossary first: its approved terms help align the sample documents.
  await seedGlossary(db, seedsDir);
  return seedDocuments(db, seedsDir, limits);
}

async function readManifests(seedsDir: string): Promise<SeedManifest[]> {
  const files = await listManifests(seedsDir);
  return Promise.all(files.map(async (f) => JSON.parse(await fs.readFile(f, 'utf8')) as SeedManifest));
}

/** Every sample glossary in one transaction; a broken seed file stops the start-up with its errors. */
export async function seedGlossary(db: Db, seedsDir: string): Promise<number> {
  if ((await getMeta(db, GLOSSARY_SEEDED_KEY)) !== undefined) return 0;
  const hadTerms = (await countTerms(db)) > 0;
  // As with the documents: of several instances starting together, one loads the terms.
  if (!(await claimMeta(db, GLOSSARY_SEEDED_KEY, new Date().toISOString())) || hadTerms) return 0;
  try {
    const terms = [];
    for (const manifest of await readManifests(seedsDir)) {
      if (!manifest.glossary) continue;
      const parsed = parseGlossaryCsv(await fs.readFile(path.join(seedsDir, manifest.glossary), 'utf8'));
      if (!parsed.ok) throw new Error(`Seed glossary ${manifest.glossary}: ${parsed.errors.map((e) => `line ${e.line ?? '?'}: ${e.message}`).join('; ')}`);
      terms.push(...parsed.terms.map(({ id: _id, ...term }) => term));
    }
    return (await importTerms(db, terms)).added;
  } catch (err) {
    await deleteMeta(db, GLOSSARY_SEEDED_KEY);
    throw err;
  }
}

/**
 * Loads the sample documents into a new, empty library. Runs once: a library
 * whose owner deleted the samples does not get them back at the next start.
 */
async function seedDocuments(db: Db, seedsDir: string, limits: ImportLimits): Promise<number[]> {
  if ((await getMeta(db, SEEDED_KEY)) !== undefined) return [];
  const hadDocuments = (await countDocuments(db)) > 0;
  // Instances sharing one PostgreSQL library may start together: only the one
  // that claims the key loads the samples.
  if (!(await claimMeta(db, SEEDED_KEY, new Date().toISOString())) || hadDocuments) return [];
  try {
    return await importSamples(db, seedsDir, limits);
  } catch (err) {
    // Let the next start try again rather than leave the library without samples.
    await deleteMeta(db, SEEDED_KEY);
    throw err;
  }
}

async function importSamples(db: Db, seedsDir: string, limits: ImportLimits): Promise<number[]> {
  const ids: number[] = [];
  for (const manifest of await readManifests(seedsDir)) {
    const read = (name: string) => fs.readFile(path.join(seedsDir, name), 'utf8');
    ids.push(
      await importDocument(
        db,
        {
          title: manifest.title,
          titleEn: manifest.titleEn,
          sourceName: manifest.sourceName,
          sourceUrl: manifest.sourceUrl,
          translationNote: manifest.translationNote,
          source: await read(manifest.source),
          translation: manifest.translation ? await read(manifest.translation) : null,
        },
        limits,
      ),
    );
  }
  return ids;
}

async function listManifests(seedsDir: string): Promise<string[]> {
  const names = await fs.readdir(seedsDir);
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => path.join(seedsDir, n));
}
