import type { Request, RequestHandler, Response } from 'express';
import type { Role } from '../../store/schema';
import { DomainError } from '../../core/errors';
import { matchesAny, type AccessRules } from './access-rules';

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isApi = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');

/** Pages send the visitor to sign in (and back); the API answers 401. */
function refuseAnonymous(req: Request, res: Response) {
  if (isApi(req)) {
    res.set('WWW-Authenticate', 'Bearer realm="sejajar"');
    throw new DomainError('unauthenticated', 'sign_in_required', 'Sign in or send an API token.');
  }
  const back = req.method === 'GET' ? req.originalUrl : '/';
  res.redirect(303, `/signin?next=${encodeURIComponent(back)}`);
}

/**
 * Mounted before every feature router, so a route added later is protected
 * without being listed anywhere: anonymous visitors may only read.
 */
export function accessGuard(rules: AccessRules): RequestHandler {
  return (req, res, next) => {
    const user = res.locals.user;
    if (!user) {
      const allowed = SAFE_METHODS.has(req.method)
        ? !matchesAny(rules.editorPages, req.path) && !matchesAny(rules.adminPaths, req.path)
        : matchesAny(rules.anonymousWrites, req.path);
      return allowed ? next() : refuseAnonymous(req, res);
    }
    if (matchesAny(rules.adminPaths, req.path) && user.role !== 'admin') {
      throw new DomainError('forbidden', 'forbidden', 'This needs the admin role.');
    }
    next();
  };
}

/** For routers that belong to one role, whatever the global rules say. */
export function requireRole(role: Role): RequestHandler {
  return (req, res, next) => {
    const user = res.locals.user;
    if (!user) return refuseAnonymous(req, res);
    if (role === 'admin' && user.role !== 'admin') throw new DomainError('forbidden', 'forbidden', 'This needs the admin role.');
    next();
  };
}
