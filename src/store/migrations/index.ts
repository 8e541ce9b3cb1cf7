import type { Migration } from 'kysely';
import * as m001 from './001_documents';
import * as m004 from './004_editing';
import * as m005 from './005_accounts';

/**
 * Every migration, in order. Listed here rather than read from a folder so
 * that they run the same from source, from tests and from any working directory.
 */
export const migrations: Record<string, Migration> = {
  '001_documents': m001,
  '004_editing': m004,
  '005_accounts': m005,
};
