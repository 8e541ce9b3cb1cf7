import express, { Router, type Request, type Response } from 'express';
import { CHECK_IDS, isCheckId, type CheckId } from '../../core/checks/index';
import { DomainError } from '../../core/errors';
import { authorName, canEdit } from '../../core/model';
import { ReviewError } from '../../core/review/errors';
import { filterParams, parseFilter } from '../../core/review/filter';
import { filterQueue, openCounts, QUEUE_KINDS } from '../../core/review/queue';
import { buildReport } from '../../core/review/report';
import type { ServiceDeps } from '../app';
import { viewerOf } from '../auth/locals';
import { objectBody, stringField } from '../edit/input';
import { loadedDocument, useDocumentLoaders } from '../loaders';
import { itemView, linkTexts } from './items';
import { reviewServiceOf } from './service-of';

const MARK_STATES = ['resolved', 'ignored', 'open'] as const;
type MarkChoice = (typeof MARK_STATES)[number];

function markChoice(value: unknown): MarkChoice {
  if (!MARK_STATES.includes(value as MarkChoice)) throw new ReviewError('bad_mark', 'Send "state": resolved, ignored or open.', { allowed: MARK_STATES.join(', ') }, 'state');
  return value as MarkChoice;
}

/** Where a form goes back to: the queue's own filter, as the form carried it; anything else is dropped. */
const backQuery = (value: unknown): string => (typeof value === 'string' && /^\?[\w=&%,.+-]{0,300}$/.test(value) ? value : '');

/**
 * The review queue: the queue itself (a page, or JSON for the editor's script), the QA report,
 * the per-document check switches, and marks on items. Editors only: the pages sit under /edit,
 * which the access rules keep for signed-in users, and the marks are writes.
 */
export function reviewRouter(deps: ServiceDeps): Router {
  const router = useDocumentLoaders(Router(), deps.db);
  const review = reviewServiceOf(deps);

  /** The loaded document's whole queue, its links placed in the edit page's passages. */
  async function documentQueue(res: Response) {
    const rows = await deps.editRows.read(loadedDocument(res));
    const passage = new Map<number, number>();
    for (const group of rows.groups) for (const link of group.links) passage.set(link.index, group.index);
    const queue = await review.queue(rows.detail, viewerOf(res), (link) => passage.get(link) ?? 0);
    return { detail: rows.detail, ...queue };
  }

  router.get('/documents/:documentId/edit/queue', async (req: Request, res: Response) => {
    const filter = parseFilter(req.query);
    const { detail, items, enabled } = await documentQueue(res);
    const texts = linkTexts(detail);
    const shown = filterQueue(items, filter).map((item) => itemView(item, req.t, texts, viewerOf(res)));
    const counts = openCounts(items);
    const checks = CHECK_IDS.map((id) => ({ id, enabled: enabled.has(id) }));
    res.format({
      html: () => res.render('review/queue', { document: detail.document, filter, params: filterParams(filter), counts, checks, items: shown, kinds: QUEUE_KINDS }),
      // The editor's script needs no texts (the page shows them): long queues stay small.
      json: () => res.json({ filter: { state: filter.state, kinds: [...filter.kinds] }, counts, countText: req.t('review:openCount', { count: counts.total }), checks, items: shown.map(({ source: _s, target: _t, ...item }) => item) }),
    });
  });

  // The same queue for API clients (a token works under /api only); for editors, as the page.
  router.get('/api/documents/:documentId/review/queue', async (req, res) => {
    if (!canEdit(viewerOf(res))) throw new DomainError('unauthenticated', 'sign_in_required', 'Sign in or send an API token.');
    const filter = parseFilter(req.query);
    const { detail, items, enabled } = await documentQueue(res);
    const texts = linkTexts(detail);
    const counts = openCounts(items);
    const shown = filterQueue(items, filter).map((item) => itemView(item, req.t, texts, viewerOf(res)));
    res.json({ filter: { state: filter.state, kinds: [...filter.kinds] }, counts, checks: CHECK_IDS.map((id) => ({ id, enabled: enabled.has(id) })), items: shown });
  });

  router.get('/documents/:documentId/edit/qa-report.csv', async (req, res) => {
    const { detail, items } = await documentQueue(res);
    const texts = linkTexts(detail);
    const rows = items.map((item) => {
      const view = itemView(item, req.t, texts, viewerOf(res));
      return { item, title: view.title, detail: view.detail, source: view.source, target: view.target };
    });
    res.attachment(`qa-report-${detail.document.id}.csv`);
    res.type('text/csv; charset=utf-8');
    res.send(`\uFEFF${buildReport(rows)}`);
  });

  // A mark as a plain form, for the queue page without its script.
  router.post('/documents/:documentId/edit/marks', async (req, res) => {
    const document = loadedDocument(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    await review.mark(document.id, String(body.key ?? ''), markChoice(body.state), authorName(viewerOf(res)));
    res.redirect(303, `/documents/${document.id}/edit/queue${backQuery(body.back)}`);
  });

  // The check switches, as a plain form: a box per check, ticked when on.
  router.post('/documents/:documentId/edit/checks', async (req, res) => {
    const document = loadedDocument(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const enabled = new Set<CheckId>(CHECK_IDS.filter((id) => body[`check_${id}`] !== undefined));
    await review.switchChecks(document.id, enabled, authorName(viewerOf(res)));
    res.redirect(303, `/documents/${document.id}/edit/queue${backQuery(body.back)}`);
  });

  router.put('/api/documents/:documentId/review/checks', express.json({ limit: '16kb' }), async (req, res) => {
    const body = objectBody(req.body);
    const list = body.enabled;
    if (!Array.isArray(list) || !list.every(isCheckId)) {
      throw new ReviewError('bad_checks', 'Send "enabled": a list of check names.', { allowed: CHECK_IDS.join(', ') }, 'enabled');
    }
    await review.switchChecks(loadedDocument(res).id, new Set(list), authorName(viewerOf(res)));
    res.json({ enabled: list });
  });

  router.post('/api/documents/:documentId/review/marks', express.json({ limit: '16kb' }), async (req, res) => {
    const body = objectBody(req.body);
    const key = stringField(body, 'key');
    const state = markChoice(body.state);
    await review.mark(loadedDocument(res).id, key, state, authorName(viewerOf(res)));
    res.json({ key, state });
  });

  return router;
}
