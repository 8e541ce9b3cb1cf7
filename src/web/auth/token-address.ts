import type { RequestHandler } from 'express';

/**
 * A multipart form carries its CSRF token in the address it posts to (csrf.ts). When the answer
 * is a page rather than a redirect (the form again, with an error), that page takes the token
 * out of the address bar and the history (assets/clean-address.js, included by the footer).
 */
export const markTokenInAddress: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && typeof req.query._csrf === 'string') res.locals.tokenInAddress = true;
  next();
};
