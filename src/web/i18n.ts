import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'express';
import i18next, { type i18n } from 'i18next';
import FsBackend from 'i18next-fs-backend';

export const SUPPORTED_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Each feature keeps its strings in its own namespace file: locales/<lng>/<feature>.json. */
export function listNamespaces(localesDir: string): string[] {
  return fs
    .readdirSync(path.join(localesDir, 'en'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export async function createI18n(localesDir: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(FsBackend)
    .init({
      backend: { loadPath: path.join(localesDir, '{{lng}}/{{ns}}.json') },
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      preload: [...SUPPORTED_LANGUAGES],
      ns: listNamespaces(localesDir),
      defaultNS: 'common',
      // EJS escapes on output; escaping here too would show &amp; to the reader.
      interpolation: { escapeValue: false },
    });
  return instance;
}

/** A plain translate function, so code outside the routes needs no i18next types. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function translatorFor(req: Request): Translate {
  if (typeof req.t !== 'function') return (key, options) => String(options?.defaultValue ?? key);
  return (key, options) => String(req.t(key, options as never));
}
