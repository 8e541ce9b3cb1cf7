import { expect } from 'vitest';

/** Strict CSP and CSRF conventions: no inline script, style or handlers; every post form carries the token field. */
export function expectPageConventions(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
  const postForms = html.match(/<form[^>]*method="post"[^>]*>[\s\S]*?<\/form>/g) ?? [];
  for (const form of postForms) expect(form).toContain('name="_csrf"');
}
