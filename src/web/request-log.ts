import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../operations/logger';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A request id a proxy set (nginx's $request_id, a load balancer's): short, and nothing that could forge a log line. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** One answered request, as the log line and the metrics see it. */
export interface RequestRecord {
  method: string;
  /** The route pattern that answered ("/documents/:documentId"), never the path itself: paths carry ids and set-up tokens. */
  route: string;
  status: number;
  seconds: number;
}

/**
 * Gives every request an id (the proxy's X-Request-Id when it sent a sane
 * one), returns it in the X-Request-Id header and to the error page, and
 * writes one log line when the answer is done: method, route pattern,
 * status, duration, request id and the user's id. Nothing else of the
 * request is logged: no URL, query, header, cookie or body.
 */
export function requestLog(logger: Logger, observe?: (record: RequestRecord) => void): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId = incoming && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.requestId = requestId;
    // Made when something logs for this request (an error): a child logger costs each of thousands of answers a second.
    let log: Logger | undefined;
    Object.defineProperty(res.locals, 'log', { get: () => (log ??= logger.child({ requestId })), enumerable: false, configurable: true });
    const route = trackRoute(req);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const record: RequestRecord = {
        method: req.method,
        route: route() ?? unroutedLabel(req),
        status: res.writableFinished ? res.statusCode : 499,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      };
      observe?.(record);
      const userId = (res.locals.user as { id?: number } | undefined)?.id ?? null;
      const line = { requestId, method: record.method, route: record.route, status: record.status, durationMs: Math.round(record.seconds * 10_000) / 10, userId };
      if (record.status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}

/**
 * The pattern of the route that handled the request, with the path its
 * router was mounted at. Express sets `req.route` when a route matches and
 * puts `req.baseUrl` back when leaving a mounted router, so the pair is
 * caught at the moment of matching.
 */
function trackRoute(req: Request): () => string | undefined {
  let current: unknown = (req as { route?: unknown }).route;
  let pattern: string | undefined;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set(value: { path?: unknown } | undefined) {
      current = value;
      if (typeof value?.path === 'string') pattern = `${req.baseUrl}${value.path}`;
    },
  });
  return () => pattern;
}

/** Answers that no route gave: static files, or a refusal by middleware before any route (404 for unknown paths). */
function unroutedLabel(req: Request): string {
  return req.originalUrl.startsWith('/assets/') ? '/assets/*' : '(no route)';
}

/** The id of the request being answered, for the error page. */
export function requestIdOf(res: Response): string | undefined {
  return res.locals.requestId as string | undefined;
}
