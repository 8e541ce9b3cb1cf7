import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS } from '../../../src/import/formats/blocks';
import { readFile } from '../../../src/import/formats/index';
import { makeEpub, makeManyPagesPdf } from '../../support/format-files';

const read = (bytes: Uint8Array, name: string) => readFile({ bytes, name, field: 'source' });

describe('hostile files', () => {
  let server: http.Server;
  let requests = 0;
  let origin = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      requests++;
      res.end('alert(1)');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads an HTML page without running its scripts or fetching what it names', async () => {
    const html = `<!doctype html><html><head><script src="${origin}/a.js"></script><link rel="stylesheet" href="${origin}/s.css"><meta http-equiv="refresh" content="0;url=${origin}/r"></head>
      <body onload="fetch('${origin}/onload')"><article><h1>Judul</h1><p>${'Teks berita yang cukup panjang untuk dibaca. '.repeat(8)}</p>
      <img src="${origin}/i.png" onerror="fetch('${origin}/err')"><iframe src="${origin}/f"></iframe><script>globalThis.ranScript = true; fetch('${origin}/inline')</script>
      <object data="${origin}/o"></object><video src="${origin}/v"></video></article></body></html>`;
    const doc = await read(Buffer.from(html), 'x.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toBe(0);
    expect((globalThis as { ranScript?: boolean }).ranScript).toBeUndefined();
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/alert|fetch|ranScript/);
  });

  it('reads an EPUB chapter without running its scripts or fetching its styles and images', async () => {
    const chapter = `<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="stylesheet" href="${origin}/c.css"/><script src="${origin}/e.js"></script></head><body><p>Aman.</p><img src="${origin}/p.png"/><script>fetch('${origin}/x')</script></body></html>`;
    const doc = await read(makeEpub('B', [{ paragraphs: ['x'] }], { 'OEBPS/text/c0.xhtml': Buffer.from(chapter) }), 'b.epub');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Aman.' }]);
    expect(requests).toBe(0);
  });

  it('refuses a 10,000-page PDF by its page count, before reading a page', async () => {
    const pdf = makeManyPagesPdf(10_000);
    const started = performance.now();
    await expect(read(pdf, 'tebal.pdf')).rejects.toMatchObject({ code: 'too_many_pages', kind: 'too_large', params: { count: 10_000, max: DEFAULT_FILE_LIMITS.maxPages } });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['HTML nested 100,000 deep', '<div>'.repeat(100_000) + 'x', 'tief.html'],
    ['an EPUB chapter nested 10,000 deep', '', 'tief.epub'],
  ])('refuses %s as too deeply nested, quickly', async (_name, html, name) => {
    const bytes = name.endsWith('.epub') ? makeEpub('T', [{ paragraphs: ['x'] }], { 'OEBPS/text/c0.xhtml': Buffer.from(`<html><body>${'<div>'.repeat(10_000)}x</body></html>`) }) : Buffer.from(html);
    const started = performance.now();
    await expect(read(bytes, name)).rejects.toMatchObject({ code: 'too_deeply_nested', params: { file: name } });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reads Markdown nested thousands deep (quotes, lists) in linear time, keeping its text', async () => {
    const quotes = `${'> '.repeat(50_000)}tersembunyi`;
    const lists = Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i * 2)}- butir ${i}`).join('\n');
    const started = performance.now();
    expect((await read(Buffer.from(quotes), 'q.md')).blocks).toEqual([{ kind: 'paragraph', text: 'tersembunyi' }]);
    expect((await read(Buffer.from(lists), 'l.md')).blocks).toHaveLength(1400);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it.each([
    ['a truncated PDF', () => Buffer.from('%PDF-1.7\n1 0 obj\n<<'), 'broken_pdf'],
    ['a PDF signature over garbage', () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x41)]), 'broken_pdf'],
  ])('refuses %s', async (_name, make, code) => {
    await expect(read(make(), 'x.pdf')).rejects.toMatchObject({ code });
  });
});
