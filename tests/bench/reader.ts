/**
 * The learner's reader, measured in chromium on a long document next to the sample article:
 *
 *   npm run bench:reader                     # 3,000 paragraphs, 15 taps
 *   BENCH_PARAGRAPHS=600 BENCH_TAPS=5 npm run bench:reader
 *
 * - Page weight: the anonymous reader page (HTML, and HTML with every stylesheet and script it
 *   loads; raw and gzip) against the same page without the learner's parts (its controls, its
 *   stylesheet and scripts) measured in the same run. Target: at most 1.15.
 * - Word popover: from a tap on a word of a sentence never touched before (so the words are
 *   wrapped and the sentence pair fetched and explained then) until the popover shows the
 *   analysis, median and worst of the taps, spread over the document; beside it, the round trip
 *   of a small static file in the same page as the reference. Target: under 50 ms.
 */
import os from 'node:os';
import zlib from 'node:zlib';
import request from 'supertest';
import { importDocument } from '../../src/import/import-document';
import { makeTestApp } from '../support/app';
import { close, launchChromium, listen } from '../support/browser';
import { longDocument } from '../support/long-document';

const paragraphs = Number(process.env.BENCH_PARAGRAPHS ?? 3000);
const taps = Number(process.env.BENCH_TAPS ?? 15);
const LEARNER_ASSETS = ['/assets/learn.css', '/assets/learn-settings.js', '/assets/learn-words.js', '/assets/learn-speech.js', '/assets/learn-long.js'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const gzip = (s: string) => zlib.gzipSync(s).length;

const ctx = await makeTestApp({ seed: true });
const longId = await importDocument(ctx.db, longDocument(paragraphs), ctx.config, ctx.compute);
const { server, url } = await listen(ctx.app);
console.log(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}; ${paragraphs} paragraphs`);

/** The page as sent, and as it would be without the learner's controls and files. */
async function weights(documentId: number): Promise<void> {
  const html = (await request(ctx.app).get(`/documents/${documentId}`).expect(200)).text;
  const bar = /<div class="learn-bar"[\s\S]*?\n<\/div>\n/.exec(html);
  if (!bar) throw new Error('no learner controls on the page');
  let without = html.replace(bar[0], '').replace(/<span class="hint-touch">[\s\S]*?<\/span>/, '');
  for (const asset of LEARNER_ASSETS) without = without.replace(new RegExp(`\\s*<(link|script)[^>]*"${asset}"[^>]*>(</script>)?`), '');
  const assetsOf = (page: string) => [...page.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  const text = async (path: string) => (await request(ctx.app).get(path).expect(200)).text;
  const total = async (page: string) => {
    const files = await Promise.all(assetsOf(page).map(text));
    return { raw: Buffer.byteLength(page) + files.reduce((n, f) => n + Buffer.byteLength(f), 0), gz: gzip(page) + files.reduce((n, f) => n + gzip(f), 0) };
  };
  const [withAll, withoutAll] = await Promise.all([total(html), total(without)]);
  const ratio = (a: number, b: number) => (a / b).toFixed(3);
  console.log(`document ${documentId}: HTML ${Buffer.byteLength(html)} B (ratio ${ratio(Buffer.byteLength(html), Buffer.byteLength(without))}, gzip ${ratio(gzip(html), gzip(without))}); ` +
    `with styles and scripts ${withAll.raw} B (ratio ${ratio(withAll.raw, withoutAll.raw)}, gzip ${ratio(withAll.gz, withoutAll.gz)})`);
}

await weights(1);
await weights(longId);

const browser = await launchChromium();
try {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/documents/${longId}`, { waitUntil: 'load' });
  const sentences = await page.locator('.cell-source .sent').count();
  const times: number[] = [];
  const references: number[] = [];
  for (let n = 0; n < taps; n++) {
    const sentence = page.locator('.cell-source .sent').nth(Math.floor(((n + 0.5) * sentences) / taps));
    await sentence.scrollIntoViewIfNeeded();
    // The middle of the sentence's first long word, found without touching the sentence.
    const point = await sentence.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode() as Text;
      while (!/[\p{L}]{5,}/u.test(text.data)) text = walker.nextNode() as Text;
      const m = /[\p{L}]{5,}/u.exec(text.data)!;
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      (window as unknown as { tapped: number }).tapped = 0;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.evaluate(() => {
      const w = window as unknown as { shown: Promise<number> };
      w.shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const pop = document.getElementById('word-popover');
          if (pop && !pop.hidden && pop.querySelector('.wp-statuses, p:not(.wp-label)')) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      document.addEventListener('pointerdown', () => ((window as unknown as { tapped: number }).tapped = performance.now()), { once: true, capture: true });
    });
    await page.touchscreen.tap(point.x, point.y);
    const ms = await page.evaluate(async () => {
      const w = window as unknown as { shown: Promise<number>; tapped: number };
      return (await w.shown) - w.tapped;
    });
    times.push(ms);
    references.push(await page.evaluate(async () => {
      const start = performance.now();
      await fetch(`/assets/favicon.svg?${Math.random()}`, { cache: 'no-store' }).then((r) => r.text());
      return performance.now() - start;
    }));
    await page.keyboard.press('Escape');
  }
  const worst = Math.max(...times);
  console.log(`word popover after a tap: median ${median(times).toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${taps} taps ` +
    `(target 50 ms: ratio ${(median(times) / 50).toFixed(2)}, worst ${(worst / 50).toFixed(2)}); a static file's round trip ${median(references).toFixed(1)} ms ` +
    `(popover / round trip ${(median(times) / median(references)).toFixed(1)})`);
} finally {
  await browser.close();
  await close(server);
  await ctx.close();
}
console.log(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
