import type { Request, Response } from 'express';
import { endSession, startSession } from '../../accounts/sessions';
import type { Config } from '../../config';
import type { Db } from '../../store/database';
import { ANONYMOUS_CSRF_COOKIE, cookieOptions, readCookie, SESSION_COOKIE } from './cookies';

/** Starts a session for the user and hands its id to the browser; a session already in the cookie ends. */
export async function signInResponse(db: Db, config: Config, req: Request, res: Response, userId: number): Promise<void> {
  const previous = readCookie(req, SESSION_COOKIE);
  if (previous) await endSession(db, previous);
  const session = await startSession(db, userId, config.accounts.sessionTtlMs);
  res.cookie(SESSION_COOKIE, session.token, cookieOptions(req, config.accounts.sessionTtlMs));
  res.clearCookie(ANONYMOUS_CSRF_COOKIE, cookieOptions(req));
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
