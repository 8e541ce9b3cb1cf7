import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

// Migrations are written against `Kysely<any>`: they describe the schema as it
// was at that point, not as the current type definitions say.
/* eslint-disable @typescript-eslint/no-explicit-any */

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('documents')
    .$call(t.id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('source_name', 'text')
    .addColumn('source_url', 'text')
    .addColumn('translation_note', 'text')
    .addColumn('target_lang', 'text', (c) => c.notNull().defaultTo('en-US'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('paragraphs')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('paragraphs_doc_lang_position', ['document_id', 'lang', 'position'])
    .execute();

  await db.schema
    .createTable('sentences')
    .$call(t.id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('paragraph_id', 'integer', (c) => c.notNull().references('paragraphs.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sentences_doc_lang_position', ['document_id', 'lang', 'position'])
    .execute();
  await db.schema.createIndex('sentences_paragraph').on('sentences').column('paragraph_id').execute();

  for (const table of ['paragraph_links', 'sentence_links']) {
    await db.schema
      .createTable(table)
      .$call(t.id)
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('source_json', 'text', (c) => c.notNull())
      .addColumn('target_json', 'text', (c) => c.notNull())
      .addColumn('confidence', t.real, (c) => c.notNull())
      .addColumn('confirmed', t.flag, (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint(`${table}_doc_position`, ['document_id', 'position'])
      .execute();
  }

  await db.schema
    .createTable('segment_revisions')
    .$call(t.id)
    .addColumn('sentence_id', 'integer', (c) => c.notNull().references('sentences.id').onDelete('cascade'))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(t.nowText))
    .execute();
  await db.schema.createIndex('segment_revisions_sentence').on('segment_revisions').column('sentence_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['segment_revisions', 'sentence_links', 'paragraph_links', 'sentences', 'paragraphs', 'documents', 'app_meta']) {
    await db.schema.dropTable(table).execute();
  }
}
