import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';

function viewFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? viewFiles(full) : e.name.endsWith('.ejs') ? [full] : [];
  });
}

describe('security headers', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
  });
  afterAll(() => ctx.close());

  it('sends a strict Content-Security-Policy on pages, the API and errors', async () => {
    for (const url of ['/', '/documents/1', '/api/documents', '/nowhere']) {
      const res = await request(ctx.app).get(url);
      const csp = res.headers['content-security-policy'] as string;
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'none'",
        'form-action': "'self'",
        'frame-ancestors': "'none'",
      });
      expect(csp).not.toContain('unsafe');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('keeps the views free of inline scripts, event handlers and style attributes', () => {
    const views = viewFiles(ctx.config.viewsDir);
    expect(views.length).toBeGreaterThan(8);
    for (const file of views) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
      expect(text, file).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, file).not.toMatch(/\sstyle\s*=/i);
      expect(text, file).not.toMatch(/<style[\s>]/i);
      expect(text, file).not.toMatch(/javascript:/i);
    }
  });
});
