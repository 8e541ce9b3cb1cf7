/** A path, a path prefix (ending in '/'), or a pattern. */
export type PathMatcher = string | RegExp;

export interface AccessRules {
  /** State-changing routes an anonymous visitor may use: signing in and first set-up. */
  anonymousWrites: PathMatcher[];
  /** Pages that only make sense for someone who can change things: anonymous visitors are sent to sign in. */
  editorPages: PathMatcher[];
  /** Paths that need the admin role. */
  adminPaths: PathMatcher[];
}

/**
 * The one list of exceptions. Everything else follows from the method: reading
 * (GET, HEAD, OPTIONS) is open, anything else needs a signed-in user.
 */
export const ACCESS_RULES: AccessRules = {
  anonymousWrites: ['/signin', /^\/setup\/[^/]+$/],
  editorPages: [
    // Forms to create, edit or delete anything: /documents/new, /glossary/new, /documents/1/edit, ...
    /(^|\/)(new|edit|delete)(\/|$)/,
    '/account',
    '/account/',
    // The DeepL server, the account's usage and the glossary id are the team's business; each view asks DeepL.
    '/settings',
    '/admin',
    '/admin/',
  ],
  adminPaths: ['/admin', '/admin/', '/api/admin/'],
};

/**
 * Express routes match paths case-insensitively (and ignore a trailing
 * slash), so the rules do too: `/documents/2/EDIT` and `/Settings/` are the
 * same pages as `/documents/2/edit` and `/settings`.
 */
export function matchesPath(matcher: PathMatcher, rawPath: string): boolean {
  const path = canonicalPath(rawPath);
  if (matcher instanceof RegExp) return matcher.test(path);
  return matcher.endsWith('/') ? path.startsWith(matcher) || path === matcher.slice(0, -1) : path === matcher;
}

function canonicalPath(path: string): string {
  const lower = path.toLowerCase();
  return lower.length > 1 && lower.endsWith('/') ? lower.replace(/\/+$/, '') || '/' : lower;
}

export const matchesAny = (matchers: PathMatcher[], path: string) => matchers.some((m) => matchesPath(m, path));
