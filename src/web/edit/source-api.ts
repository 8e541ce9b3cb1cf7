import { Router, type Response } from 'express';
import { authorName } from '../../core/model';
import { joinSourceSentences, saveSourceSentence, type SourceResult } from '../../editing/source';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { loadedDocument, loadedPartId, useDocumentLoaders } from '../loaders';
import { conflict, intField, objectBody, stringField } from './input';
import { rowsUpdate, type EditRowsCache } from './rows';

/** A correction answers with the sentences written and, when the page says which revision it showed, the passages to render again. */
async function answerCorrection(editRows: EditRowsCache, res: Response, result: SourceResult, revision: unknown): Promise<void> {
  if (result.kind === 'conflict') {
    conflict(res, 'version_conflict', 'Someone saved this segment since you opened it.', result.current);
    return;
  }
  const rows = revision === undefined ? undefined : await rowsUpdate(editRows, res, loadedDocument(res), revision);
  res.json({ sentences: result.sentences, ...(rows && { rows }) });
}

/**
 * Corrections of the Indonesian side under /api/source-sentences/:segmentId: the text (split where
 * it holds several sentences or a typed line break) and joining with the next sentence; the history
 * is GET /api/segments/:segmentId/revisions, as for an English sentence.
 * The segment goes through the one loader, so a private document's sentences answer 404 to anyone
 * who may not see it; writing needs a signed-in editor like every change (see auth/access).
 */
export function sourceApiRouter({ db, editRows }: Pick<ServiceDeps, 'db' | 'editRows'>): Router {
  const router = useDocumentLoaders(Router(), db);

  router.put('/source-sentences/:segmentId', async (req, res) => {
    const body = objectBody(req.body);
    const save = { sentenceId: loadedPartId(res), text: stringField(body, 'text'), version: intField(body, 'version') };
    await answerCorrection(editRows, res, await saveSourceSentence(db, save, authorName(viewerOf(res))), body.revision);
  });

  router.post('/source-sentences/:segmentId/join', async (req, res) => {
    const body = objectBody(req.body);
    const join = {
      sentenceId: loadedPartId(res),
      version: intField(body, 'version'),
      ...(body.nextVersion === undefined ? {} : { nextVersion: intField(body, 'nextVersion') }),
    };
    await answerCorrection(editRows, res, await joinSourceSentences(db, join, authorName(viewerOf(res))), body.revision);
  });

  return router;
}
