import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'sejajar_session';
/** Carries the CSRF token of visitors who are not signed in (the sign-in and set-up forms). */
export const ANONYMOUS_CSRF_COOKIE = 'sejajar_csrf';
/** Marks a browser its users signed in from; their account's lock against unknown clients does not apply there. */
export const KNOWN_CLIENT_COOKIE = 'sejajar_client';

/** Secure whenever the request came over HTTPS, directly or (with TRUST_PROXY) through a proxy. */
export function cookieOptions(req: Request, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    ...(maxAgeMs !== undefined && { maxAge: maxAgeMs }),
  };
}

export function readCookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
