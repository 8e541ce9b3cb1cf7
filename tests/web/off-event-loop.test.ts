import type { Server } from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCompute } from '../../src/compute/compute';
import { runTask } from '../../src/compute/tasks';
import { realignDocument } from '../../src/editing/alignment';
import { alignmentLexicon } from '../../src/glossary/alignment-lexicon';
import { createHttpServer } from '../../src/server';
import { getDocument, type DocumentDetail } from '../../src/store/documents';
import { sentenceTextsByParagraph } from '../../src/store/links';
import { createApp } from '../../src/web/app';
import { makeTestApp, type TestContext } from '../support/app';
import { apiToken } from '../support/auth';

/** Short paragraphs of two sentences, numbered so that no two are the same. */
const PARAGRAPHS = 6_000;
const source = Array.from({ length: PARAGRAPHS }, (_, i) => `Kalimat nomor ${i} di sini. Ada rumah ${i}.`).join('\n\n');
const translation = Array.from({ length: PARAGRAPHS }, (_, i) => `Sentence number ${i} here. There is house ${i}.`).join('\n\n');

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/**
 * Runs `work` while other visitors ask for a static file and a reader page,
 * and measures how long the event loop was held at most.
 */
async function whileOthersRead<T>(base: string, work: () => Promise<T>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let done = false;
  const statuses: number[] = [];
  histogram.enable();
  const started = performance.now();
  const reading = (async () => {
    for (let i = 0; !done; i++) {
      const res = await fetch(`${base}${i % 2 ? '/documents/1' : '/assets/style.css'}`);
      await res.arrayBuffer();
      if (!done) statuses.push(res.status);
    }
  })();
  const value = await work().finally(() => {
    done = true;
  });
  const wallMs = performance.now() - started;
  histogram.disable();
  await reading;
  return { value, wallMs, maxDelayMs: histogram.max / 1e6, statuses };
}

/** The stored paragraphs and links, in the shape the import computes them. */
function stored(detail: DocumentDetail) {
  const side = (paragraphs: DocumentDetail['source']) => paragraphs.map((p) => ({ text: p.text, sentences: p.sentences.map((s) => s.text) }));
  const links = (list: DocumentDetail['sentenceLinks']) => list.map(({ source: s, target: t, confidence }) => ({ source: s, target: t, confidence }));
  return { source: side(detail.source), translation: side(detail.translation), paragraphs: links(detail.paragraphLinks), sentences: links(detail.sentenceLinks) };
}

describe('heavy work beside the event loop', () => {
  let ctx: TestContext;
  let server: Server;
  let base: string;
  let auth: string;
  let documentId: number;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    auth = `Bearer ${await apiToken(ctx as never)}`;
    server = createHttpServer(ctx.app, ctx.config);
    base = await listen(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  });

  it(`answers other visitors while a document of ${PARAGRAPHS} paragraphs imports, and stores what the import computes on one thread`, async () => {
    const body = JSON.stringify({ title: 'Panjang', source, translation });
    const post = () => fetch(`${base}/api/documents`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body });
    const run = await whileOthersRead(base, post);
    expect(run.value.status).toBe(201);
    documentId = ((await run.value.json()) as { id: number }).id;
    expect(run.statuses.length).toBeGreaterThan(2);
    expect(run.statuses.every((s) => s === 200)).toBe(true);
    expect(run.maxDelayMs).toBeLessThan(0.2 * run.wallMs);

    const here = runTask('prepareImport', { request: { title: 'Panjang', source, translation }, limits: ctx.config, lexicon: await alignmentLexicon(ctx.db) });
    expect(stored((await getDocument(ctx.db, documentId))!)).toEqual({
      source: here.source,
      translation: here.translation,
      paragraphs: here.alignment.paragraphs,
      sentences: here.alignment.sentences,
    });
  }, 120_000);

  // The service, not the route: the route's answer (the editor's passages to render again) is another matter.
  it('answers other visitors while the long document is aligned again, and stores what aligning on one thread gives', async () => {
    const run = await whileOthersRead(base, () => realignDocument(ctx.db, documentId, 'sari', { compute: ctx.compute }));
    expect(run.value).toBeGreaterThan(0);
    expect(run.statuses.length).toBeGreaterThan(2);
    expect(run.maxDelayMs).toBeLessThan(0.2 * run.wallMs);

    const here = runTask('alignDocument', {
      source: await sentenceTextsByParagraph(ctx.db, documentId, 'id'),
      target: await sentenceTextsByParagraph(ctx.db, documentId, 'en'),
      options: { lexicon: await alignmentLexicon(ctx.db) },
    });
    const { paragraphs, sentences } = stored((await getDocument(ctx.db, documentId))!);
    expect({ paragraphs, sentences }).toEqual({ paragraphs: here.paragraphs, sentences: here.sentences });
  }, 120_000);

  it('answers other visitors while the long document is read whole through the API and in parts, and gives it whole', async () => {
    const whole = await whileOthersRead(base, async () => {
      const res = await fetch(`${base}/api/documents/${documentId}`, { headers: { authorization: auth } });
      return { status: res.status, json: (await res.json()) as { source: unknown[]; sentenceLinks: unknown[] } };
    });
    expect(whole.value.status).toBe(200);
    expect(whole.value.json.source).toHaveLength(PARAGRAPHS);
    expect(whole.statuses.length).toBeGreaterThan(2);
    expect(whole.maxDelayMs).toBeLessThan(0.2 * whole.wallMs);
    // After a save the kept answer is of an older revision: the next part reads the document again.
    const first = (await getDocument(ctx.db, documentId))!.translation[0]!.sentences[0]!;
    const saved = await fetch(`${base}/api/segments/${first.id}`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Saved while others read.', version: first.version }),
    });
    expect(saved.status).toBe(200);
    const part = await whileOthersRead(base, async () => {
      const res = await fetch(`${base}/api/documents/${documentId}?from=1&to=1`, { headers: { authorization: auth } });
      return { status: res.status, json: (await res.json()) as { translation: { sentences: { text: string }[] }[] } };
    });
    expect(part.value.status).toBe(200);
    expect(part.value.json.translation[0]!.sentences[0]!.text).toBe('Saved while others read.');
    expect(part.maxDelayMs).toBeLessThan(0.2 * part.wallMs);
  }, 120_000);

  it('exports the long document built in a worker byte for byte as built on the main thread', async () => {
    const inline = await createApp({ ...ctx, compute: inlineCompute });
    for (const format of ['csv', 'tsv', 'html']) {
      const path = `/api/documents/${documentId}/export?format=${format}`;
      const [pooled, here] = await Promise.all([request(ctx.app).get(path), request(inline).get(path)]);
      expect(pooled.status).toBe(200);
      expect(pooled.text.length).toBeGreaterThan(100_000);
      expect(pooled.text).toBe(here.text);
    }
  });

  it('answers a broken TMX file read in a worker with the same 400 as when it is read on the main thread', async () => {
    const units = Array.from({ length: 1_000 }, (_, i) => `<tu><tuv xml:lang="id"><seg>Kalimat ${i}.</seg></tuv><tuv xml:lang="en"><seg>Sentence ${i}.</seg></tuv></tu>`).join('');
    const broken = `<?xml version="1.0"?><tmx version="1.4"><header/><body>${units}<tu><tuv xml:lang="id"><seg>Rusak</tuv></tu></body></tmx>`;
    const inline = await createApp({ ...ctx, compute: inlineCompute });
    const inlineServer = createHttpServer(inline, ctx.config);
    const inlineBase = await listen(inlineServer);
    try {
      const answers = await Promise.all(
        [base, inlineBase].map(async (at) => {
          const res = await fetch(`${at}/api/documents/tmx`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/xml', 'accept-language': 'id' }, body: broken });
          return { status: res.status, body: await res.json() };
        }),
      );
      expect(answers[0].status).toBe(400);
      expect(answers[0].body.error.code).toBe('tmx_invalid');
      expect(answers[0]).toEqual(answers[1]);
    } finally {
      await new Promise((resolve) => inlineServer.close(resolve));
    }
  });
});
