import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../support/app';

describe('library and reader on the sample article', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
  });
  afterAll(() => ctx.close());

  it('lists the sample article with its paragraph count and translation', async () => {
    const res = await request(ctx.app).get('/').expect(200);
    expect(res.text).toContain('Misi Penjaga Perdamaian CSTO di Kazakhstan');
    expect(res.text).toContain('18 paragraphs');
    expect(res.text).toContain('Translated');
    expect(res.text).toContain('Intisari-online.com');
  });

  it('shows the article side by side with linked sentences', async () => {
    const res = await request(ctx.app).get('/documents/1').expect(200);
    expect(res.text).toContain('<html lang="en">');
    const rows = res.text.match(/<section class="row/g) ?? [];
    // 18 Indonesian and 18 English paragraphs, with one merge (2→1) and one split (1→2).
    expect(rows.length).toBe(17);
    expect(res.text).toMatch(/<span class="sent" tabindex="0" id="id-0" data-link="0">Intisari-online.com/);
    expect(res.text).toMatch(/<span class="sent" tabindex="0" id="en-0" data-link="0">Intisari-online.com/);
    expect(res.text).toContain('/assets/reader.js');
  });

  it('answers 404 for an unknown or malformed document id', async () => {
    await request(ctx.app).get('/documents/9999').expect(404);
    const res = await request(ctx.app).get('/documents/abc').expect(404);
    expect(res.text).toContain('This page does not exist.');
  });

  it('serves the reader stylesheet and script', async () => {
    await request(ctx.app).get('/assets/reader.js').expect(200).expect('content-type', /javascript/);
    await request(ctx.app).get('/assets/style.css').expect(200).expect('content-type', /css/);
  });
});
