import type { RequestHandler } from 'express';
import { userForApiToken } from '../../accounts/api-tokens';
import { resumeSession } from '../../accounts/sessions';
import type { Db } from '../../store/database';
import { DomainError } from '../../core/errors';
import { readCookie, SESSION_COOKIE } from './cookies';

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Finds out who sent the request: a personal API token (JSON API only) or a
 * session cookie. Nobody found means an anonymous reader, not an error.
 */
export function authenticate(db: Db): RequestHandler {
  return async (req, res, next) => {
    const authorization = req.get('authorization');
    if (authorization !== undefined && req.path.startsWith('/api/')) {
      const token = bearerToken(authorization);
      const user = token ? await userForApiToken(db, token) : undefined;
      if (!user) throw new DomainError('unauthenticated', 'invalid_token', 'The API token is not valid.');
      res.locals.user = user;
      res.locals.auth = { via: 'token', user };
      return next();
    }
    const sessionToken = readCookie(req, SESSION_COOKIE);
    const session = sessionToken ? await resumeSession(db, sessionToken) : undefined;
    if (sessionToken && session) {
      res.locals.user = session.user;
      res.locals.auth = { via: 'session', user: session.user, sessionToken, csrfToken: session.csrfToken };
    }
    next();
  };
}
