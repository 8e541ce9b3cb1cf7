import type { Db } from './database';

/** The document a sentence, paragraph, job or term belongs to: what access to it is decided by. */
export async function documentIdOfSentence(db: Db, sentenceId: number): Promise<number | undefined> {
  const row = await db.selectFrom('sentences').select('document_id').where('id', '=', sentenceId).executeTakeFirst();
  return row?.document_id;
}

export async function documentIdOfParagraph(db: Db, paragraphId: number): Promise<number | undefined> {
  const row = await db.selectFrom('paragraphs').select('document_id').where('id', '=', paragraphId).executeTakeFirst();
  return row?.document_id;
}

export async function documentIdOfJob(db: Db, jobId: number): Promise<number | undefined> {
  const row = await db.selectFrom('translation_jobs').select('document_id').where('id', '=', jobId).executeTakeFirst();
  return row?.document_id;
}
