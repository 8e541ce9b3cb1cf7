import type { RequestHandler } from 'express';
import { tooLarge } from '../core/errors';

/**
 * Refuses a request whose Content-Length is over `limit` before any of its
 * body is read, and closes the connection after the answer. Without the
 * close, Node reads and discards the declared body to keep the connection
 * for the next request, so a client declaring gigabytes holds it until the
 * request timeout. Routes with smaller limits keep theirs (the body parsers
 * check the declared length too); a body sent without a length is counted
 * by those parsers as it arrives.
 */
export function refuseDeclaredOversize(limit: number): RequestHandler {
  return (req, res, next) => {
    const declared = req.headers['content-length'];
    if (declared === undefined || !(Number(declared) > limit)) return next();
    res.set('Connection', 'close');
    next(tooLarge('too_large', `The request body is over the limit of ${limit} bytes.`, { limit }));
  };
}
