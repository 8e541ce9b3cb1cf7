import express, { Router, type Response } from 'express';
import { notFound } from '../../core/errors';
import { LearnerError, signInRequired } from '../../core/words/errors';
import { LearnerService, MAX_LINKS_AT_ONCE } from '../../learner/service';
import type { ServiceDeps } from '../app';
import { loadedDocument, useDocumentLoaders } from '../loaders';

/**
 * The learner's routes. Words of a sentence link are read like the document (the one loader);
 * statuses and saved words belong to the signed-in reader and are never in a cached page.
 */
export function learnerRouter({ db, compute }: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), db);
  const learner = new LearnerService(db, compute);
  const json = express.json({ limit: '1mb' });

  // The links of a screenful at once: the reader asks as passages come into view, so a tap finds its words here.
  router.get('/documents/:documentId/words', async (req, res) => {
    const words = await learner.wordsBetween(loadedDocument(res), queryPosition(req.query.from), queryPosition(req.query.to));
    res.set('Cache-Control', 'private, no-cache');
    res.json({ links: words });
  });

  router.get('/documents/:documentId/words/:link', async (req, res) => {
    const words = await learner.words(loadedDocument(res), linkPosition(req.params.link));
    // The same for every viewer of the document, but a private document's words stay out of shared caches.
    res.set('Cache-Control', 'private, no-cache');
    res.json(words);
  });

  router.get('/documents/:documentId/vocabulary', async (_req, res) => {
    const document = loadedDocument(res);
    res.set('Cache-Control', 'private, no-cache');
    res.json({ revision: document.revision, ...(await learner.vocabulary(document)) });
  });

  router.post('/documents/:documentId/words/:link/save', json, async (req, res) => {
    const word = (req.body as Record<string, unknown> | undefined)?.word;
    if (typeof word !== 'string') throw new LearnerError('word_not_in_sentence', 'The word is not in that sentence.');
    await learner.saveWord(signedIn(res), loadedDocument(res), linkPosition(req.params.link), word);
    res.json({ saved: word });
  });

  router.get('/learn/statuses', async (_req, res) => {
    res.set('Cache-Control', 'private, no-store');
    res.json({ statuses: await learner.statuses(signedIn(res)) });
  });

  router.post('/learn/statuses', json, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const mode = body.mode === 'merge' ? 'merge' : 'set';
    res.json({ stored: await learner.changeStatuses(signedIn(res), body.statuses, mode) });
  });

  router.get('/learn/saved', async (_req, res) => {
    const user = res.locals.user;
    res.set('Cache-Control', 'private, no-store');
    res.render('learner/saved', { words: user ? await learner.savedWords(user.id) : null });
  });

  router.get('/learn/saved.tsv', async (_req, res) => {
    const tsv = await learner.ankiExport(signedIn(res));
    res.set('Cache-Control', 'private, no-store');
    res.type('text/tab-separated-values; charset=utf-8').attachment('sejajar-words.tsv').send(tsv);
  });

  router.post('/learn/saved/:savedId/delete', async (req, res) => {
    const id = Number(req.params.savedId);
    if (!Number.isSafeInteger(id) || id <= 0) throw notFound('saved word');
    await learner.removeSavedWord(signedIn(res), id);
    res.redirect(303, '/learn/saved');
  });

  return router;
}

function linkPosition(raw: string | undefined): number {
  if (!raw || !/^\d{1,9}$/.test(raw)) throw notFound('sentence link');
  return Number(raw);
}

function queryPosition(raw: unknown): number {
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) throw new LearnerError('bad_link_range', `Ask for 1 to ${MAX_LINKS_AT_ONCE} sentence links at once, named by from and to.`, { max: MAX_LINKS_AT_ONCE });
  return Number(raw);
}

function signedIn(res: Response): number {
  const user = res.locals.user;
  if (!user) throw signInRequired();
  return user.id;
}
