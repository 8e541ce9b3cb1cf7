// The text layer of one PDF, read by pdf.js in a thread of its own that ends
// when the file is read (pdf.ts starts it). Plain JavaScript, so that the
// thread loads pdf.js as Node does and not through the TypeScript loader of
// the compute workers, which keeps a rewritten copy and source map of
// pdf.js's 3 MB of modules (some 110 MB more per thread); and a thread of
// its own, so that pdf.js's parsed document, fonts and caches go with it.
//
// Given { bytes, maxPages, standardFonts } as workerData, it posts
//   { type: 'page', items }           per page: [str, x, y, size, width, hasEOL] per text item,
//   { type: 'done', title }           at the end,
// or { type: 'refused', reason, count? } (encrypted, broken, too_many_pages: before any page is read).
import { parentPort, workerData } from 'node:worker_threads';

const { bytes, maxPages, standardFonts } = workerData;
const post = (message) => parentPort.postMessage(message);

async function read() {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await getDocument({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: standardFonts,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    return post({ type: 'refused', reason: err?.name === 'PasswordException' ? 'encrypted' : 'broken' });
  }
  try {
    if (pdf.numPages > maxPages) return post({ type: 'refused', reason: 'too_many_pages', count: pdf.numPages });
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue;
        const [a, b, , , x, y] = item.transform;
        items.push([item.str, x, y, Math.hypot(a, b) || item.height || 1, item.width, Boolean(item.hasEOL)]);
      }
      post({ type: 'page', items });
      page.cleanup();
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info;
    post({ type: 'done', title: typeof info?.Title === 'string' ? info.Title : null });
  } catch {
    post({ type: 'refused', reason: 'broken' });
  } finally {
    await pdf.destroy();
  }
}

await read();
