import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';

describe("the learner's built scripts and styles", () => {
  let ctx: TestContext;
  let page: string;
  const named = (kind: 'reader' | 'words', ext: 'js' | 'css') => new RegExp(`/assets/learn/${kind}\\.[\\w-]{12}\\.${ext}`);

  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    page = (await request(ctx.app).get('/documents/1').expect(200)).text;
  });
  afterAll(() => ctx.close());

  it("names the page's part by content hash, and leaves the popover's part out of the page", () => {
    expect(page).toMatch(named('reader', 'js'));
    expect(page).toMatch(named('reader', 'css'));
    expect(page).not.toMatch(/\/assets\/learn\/words\./);
    expect(page).not.toContain('/assets/learn-words.js');
    expect(page).not.toContain('id="word-popover"');
  });

  it('sends them minified, compressed as the browser accepts, to be kept for a year', async () => {
    const script = named('reader', 'js').exec(page)![0];
    const plain = await request(ctx.app).get(script).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // Minified: the sources' comments are gone; the loader names the popover's part by its hashed address.
    expect(plain.text).not.toContain('// ');
    expect(plain.text).toMatch(named('words', 'js'));
    expect(plain.text).not.toContain('LEARN_WORDS_SCRIPT');
    // The popover's styles come with the page's: no stylesheet waits for the first tap.
    const style = (await request(ctx.app).get(named('reader', 'css').exec(page)![0]).expect(200)).text;
    expect(style).toContain('.word-popover');

    // Sent compressed (supertest decompresses what it receives, so the text must match the plain answer).
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']] as const) {
      const compressed = await request(ctx.app).get(script).set('Accept-Encoding', accept).expect(200);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.text).toBe(plain.text);
      expect(Number(compressed.headers['content-length'])).toBeLessThan(Buffer.byteLength(plain.text) / 2);
    }
  });

  it('answers an unknown name with 404', async () => {
    await request(ctx.app).get('/assets/learn/reader.000000000000.js').expect(404);
  });
});
