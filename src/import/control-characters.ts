import type { ImportRequest } from './import-document';

/**
 * C0 control characters other than tab and line ends, and DEL. They have no
 * meaning in prose, render as nothing or as boxes, and PostgreSQL refuses NUL
 * in text outright, so they are dropped before anything else looks at the text.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

const clean = (value: string | null | undefined) => (typeof value === 'string' ? stripControlCharacters(value) : value);

/** The same request with control characters removed from every text field. */
export function withoutControlCharacters(request: ImportRequest): ImportRequest {
  return {
    ...request,
    title: clean(request.title) ?? undefined,
    titleEn: clean(request.titleEn),
    source: stripControlCharacters(request.source),
    translation: clean(request.translation),
    sourceName: clean(request.sourceName),
    sourceUrl: clean(request.sourceUrl),
    translationNote: clean(request.translationNote),
  };
}
