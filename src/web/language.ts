/**
 * The interface language of each request: `?lng=` (remembered in a cookie), then the `lng`
 * cookie, then the browser's Accept-Language, then English. One translate function is made per
 * language at start-up: i18next's own middleware clones an i18next instance for every request,
 * which cost more than rendering a reader page.
 */
import type { NextFunction, Request, Response } from 'express';
import type { i18n, TFunction } from 'i18next';
import { cookieOptions, readCookie } from './auth/cookies';
import { SUPPORTED_LANGUAGES, type UiLanguage } from './i18n';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Translates into the request's interface language. */
      t: TFunction;
      language: UiLanguage;
    }
  }
}

const COOKIE = 'lng';
const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/** A supported language for a tag such as "id", "id-ID" or "EN-gb"; null for anything else. */
export function supportedLanguage(tag: string | undefined): UiLanguage | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((l) => l === primary) ?? null;
}

/** The first supported language of an Accept-Language header, by quality then order. */
export function fromAcceptLanguage(header: string | undefined): UiLanguage | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: supportedLanguage(tag), quality: q === undefined ? 1 : Number(q), order };
    })
    .filter((c) => c.language !== null && c.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked[0]?.language ?? null;
}

/** Strings kept per language: more than every key the interface has, so a key made from a request cannot make the memo grow without bound. */
const MAX_KEPT = 5000;

/**
 * A language's translate function that answers a plain key (no options: a constant interface
 * string) from a memo after the first time. i18next's lookup costs about as much as writing a
 * sentence of the page, and a page asks for dozens of constant strings; calls with options
 * (counts, values) go to i18next every time.
 */
export function keptTranslations(translate: TFunction): TFunction {
  const kept = new Map<string, string>();
  const t = (key: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof key !== 'string') return (translate as unknown as (...args: unknown[]) => string)(key, ...rest);
    let text = kept.get(key);
    if (text === undefined) {
      text = String(translate(key));
      if (kept.size < MAX_KEPT) kept.set(key, text);
    }
    return text;
  };
  return t as unknown as TFunction;
}

export function languageMiddleware(i18n: i18n) {
  const translators = new Map(SUPPORTED_LANGUAGES.map((l) => [l, keptTranslations(i18n.getFixedT(l))]));
  return (req: Request, res: Response, next: NextFunction) => {
    const chosen = typeof req.query.lng === 'string' ? supportedLanguage(req.query.lng) : null;
    const stored = readCookie(req, COOKIE);
    const remembered = stored === undefined ? null : supportedLanguage(stored);
    if (chosen && chosen !== remembered) res.cookie(COOKIE, chosen, cookieOptions(req, ONE_YEAR_MS));
    req.language = chosen ?? remembered ?? fromAcceptLanguage(req.headers['accept-language']) ?? 'en';
    req.t = translators.get(req.language)!;
    next();
  };
}
