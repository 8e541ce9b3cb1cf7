import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The learner's side: each signed-in reader's word statuses by root, the words they saved
 * with the sentence pair they met them in (texts copied: the document may change or go), and
 * an imported dictionary's Indonesian glosses, looked up by word.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('learner_words')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('learner_words_pk', ['user_id', 'root'])
    .execute();
  await db.schema
    .createTable('learner_saved')
    .$call(t.id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('translation', 'text', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('document_title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('learner_saved_word', ['user_id', 'word', 'sentence'])
    .execute();
  await db.schema
    .createTable('dictionary_entries')
    .$call(t.id)
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('gloss', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addUniqueConstraint('dictionary_entries_gloss', ['word', 'gloss', 'source'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dictionary_entries').execute();
  await db.schema.dropTable('learner_saved').execute();
  await db.schema.dropTable('learner_words').execute();
}
