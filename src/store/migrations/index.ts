import type { Migration } from 'kysely';
import * as m001 from './001_documents';
import * as m002 from './002_glossary';
import * as m003 from './003_translation_jobs';
import * as m004 from './004_editing';
import * as m005 from './005_accounts';
import * as m006 from './006_known_clients';
import * as m007 from './007_document_revision';
import * as m008 from './008_glossary_search';
import * as m009 from './009_search';
import * as m010 from './010_review_queue';
import * as m011 from './011_learner';
import * as m012 from './012_structure';
import * as m013 from './013_source_editing';
import * as m014 from './014_memory';
import * as m015 from './015_chapters';
import * as m016 from './016_search_pending';
import * as m017 from './017_memory_source';
import * as m018 from './018_search_stems';

/**
 * Every migration, in order. Listed here rather than read from a folder so
 * that they run the same from source, from tests and from any working directory.
 */
export const migrations: Record<string, Migration> = {
  '001_documents': m001,
  '002_glossary': m002,
  '003_translation_jobs': m003,
  '004_editing': m004,
  '005_accounts': m005,
  '006_known_clients': m006,
  '007_document_revision': m007,
  '008_glossary_search': m008,
  '009_search': m009,
  '010_review_queue': m010,
  '011_learner': m011,
  '012_structure': m012,
  '013_source_editing': m013,
  '014_memory': m014,
  '015_chapters': m015,
  '016_search_pending': m016,
  '017_memory_source': m017,
  '018_search_stems': m018,
};
