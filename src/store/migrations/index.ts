import type { Migration } from 'kysely';
import * as m001 from './001_documents';
import * as m003 from './003_translation_jobs';
import * as m005 from './005_accounts';

/**
 * Every migration, in order. Listed here rather than read from a folder so
 * that they run the same from source, from tests and from any working directory.
 */
export const migrations: Record<string, Migration> = {
  '001_documents': m001,
  '003_translation_jobs': m003,
  '005_accounts': m005,
};
