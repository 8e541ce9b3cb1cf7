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
    '/admin',
    '/admin/',
  ],
  adminPaths: ['/admin', '/admin/', '/api/admin/'],
};

export function matchesPath(matcher: PathMatcher, path: string): boolean {
  if (matcher instanceof RegExp) return matcher.test(path);
  return matcher.endsWith('/') ? path.startsWith(matcher) : path === matcher;
}

export const matchesAny = (matchers: PathMatcher[], path: string) => matchers.some((m) => matchesPath(m, path));
