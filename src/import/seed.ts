import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../store/database';
import { countDocuments } from '../store/documents';
import { claimMeta, deleteMeta, getMeta } from '../store/meta';
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
}

const SEEDED_KEY = 'seeded_at';

/**
 * Loads the sample documents into a new, empty library. Runs once: a library
 * whose owner deleted the samples does not get them back at the next start.
 */
export async function seedIfEmpty(db: Db, seedsDir: string, limits: ImportLimits): Promise<number[]> {
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
  for (const manifestFile of await listManifests(seedsDir)) {
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as SeedManifest;
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
