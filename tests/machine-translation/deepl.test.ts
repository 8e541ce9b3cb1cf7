import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeepLTranslator, deeplOptionsFromEnv, type DeepLTranslatorOptions } from '../../src/machine-translation/deepl';
import { batchToRequest, mergeBatchResults, planBatches } from '../../src/core/machine-translation/planner';
import { TranslationError } from '../../src/core/machine-translation/errors';
import { toGlossaryEntries } from '../../src/core/machine-translation/glossary-entries';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';

let fake: FakeDeepL;

beforeEach(async () => {
  fake = await startFakeDeepL();
});
afterEach(async () => {
  await fake.stop();
});

const translator = (options: Partial<DeepLTranslatorOptions> = {}) =>
  createDeepLTranslator({ authKey: fake.authKey, serverUrl: fake.url, maxRetries: 1, timeoutMs: 300, ...options });

const sentence = (i: number) => `Kalimat ${i} tentang anggaran pemerintah daerah dan pembangunan jalan desa.`;

describe('DeepL translator: translate', () => {
  it('sends texts, context and options the way DeepL expects and maps the answer', async () => {
    const results = await translator().translate({
      texts: ['Presiden meresmikan jalan tol.', 'Warga menyambut baik.'],
      context: 'Berita ekonomi.',
      targetLang: 'en-GB',
    });
    expect(results).toEqual([
      { text: '[EN] Presiden meresmikan jalan tol.', billedCharacters: 30, detectedSourceLang: 'id', model: undefined },
      { text: '[EN] Warga menyambut baik.', billedCharacters: 21, detectedSourceLang: 'id', model: undefined },
    ]);
    const [request] = fake.requests;
    expect(request!.path).toBe('/v2/translate');
    expect(request!.contentType).toContain('application/x-www-form-urlencoded');
    expect(request!.params).toMatchObject({
      text: ['Presiden meresmikan jalan tol.', 'Warga menyambut baik.'],
      context: ['Berita ekonomi.'],
      source_lang: ['id'],
      target_lang: ['en-GB'],
      split_sentences: ['nonewlines'],
      preserve_formatting: ['1'],
      show_billed_characters: ['1'],
    });
    expect(request!.params.glossary_id).toBeUndefined();
  });

  it('sends nothing for an empty batch and refuses blank texts before sending', async () => {
    expect(await translator().translate({ texts: [], targetLang: 'en-US' })).toEqual([]);
    await expect(translator().translate({ texts: ['Ada.', ' '], targetLang: 'en-US' })).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(fake.requests).toHaveLength(0);
  });

  it('translates 51 planned paragraphs in two requests and merges them in order', async () => {
    const paragraphs = Array.from({ length: 51 }, (_, index) => ({ index, text: sentence(index) }));
    const batches = planBatches(paragraphs);
    const engine = translator();
    const results = await Promise.all(batches.map((b) => engine.translate(batchToRequest(b, 'en-US'))));
    const merged = mergeBatchResults(batches, results);
    expect(fake.requests.map((r) => r.texts.length)).toEqual([50, 1]);
    expect(fake.requests[1]!.params.context).toEqual([sentence(49)]);
    expect(merged).toHaveLength(51);
    expect(merged[50]).toMatchObject({ index: 50, text: `[EN] ${sentence(50)}` });
  });

  it('keeps requests under 128 KiB for large documents and oversized paragraphs', async () => {
    const longParagraph = Array.from({ length: 2000 }, (_, i) => sentence(i)).join(' ');
    const midParagraph = Array.from({ length: 100 }, (_, i) => `“Ekonomi” naik ${i} % — kata menteri… `).join('');
    const paragraphs = [longParagraph, ...Array.from({ length: 30 }, () => midParagraph)].map((text, index) => ({ index, text }));
    const batches = planBatches(paragraphs);
    const engine = translator();
    const results = [];
    for (const batch of batches) results.push(await engine.translate(batchToRequest(batch, 'en-US')));
    const merged = mergeBatchResults(batches, results);

    expect(fake.requests.length).toBe(batches.length);
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
    expect(Math.max(...fake.requests.map((r) => r.bodyBytes))).toBeLessThanOrEqual(128 * 1024);
    expect(merged).toHaveLength(31);
    expect(merged[0]!.text.startsWith(`[EN] ${sentence(0)}`)).toBe(true);
    expect(merged[0]!.text).toContain(sentence(1999));
  });

  it('reports usage', async () => {
    await translator().translate({ texts: ['Dua puluh karakter!!'], targetLang: 'en-US' });
    expect(await translator().usage()).toEqual({ characterCount: 20, characterLimit: 500_000, limitReached: false });
  });
});

describe('DeepL translator: glossary', () => {
  const terms = [
    { source: 'pemerintah', targets: ['government'] },
    { source: 'DPR', targets: ['House of Representatives'] },
  ];
  const glossaryWrites = () =>
    fake.requests.filter((r) => r.path.startsWith('/v3/glossaries') && r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

  it('creates the glossary once, reuses it while terms are unchanged and replaces it when they change', async () => {
    const engine = translator();
    const entries = toGlossaryEntries(terms);
    const created = await engine.syncGlossary(entries, null);
    expect(created).toMatchObject({ entryCount: 2 });
    expect(fake.glossaries()).toHaveLength(1);

    const reused = await engine.syncGlossary(toGlossaryEntries([...terms].reverse()), created);
    expect(reused).toEqual(created);
    expect(glossaryWrites()).toEqual(['POST /v3/glossaries']);

    const changed = await engine.syncGlossary(toGlossaryEntries([...terms, { source: 'gubernur', targets: ['governor'] }]), reused);
    expect(changed!.id).toBe(created!.id);
    expect(changed!.version).not.toBe(created!.version);
    expect(changed!.entryCount).toBe(3);
    expect(glossaryWrites()).toEqual(['POST /v3/glossaries', `PUT /v3/glossaries/${created!.id}/dictionaries`]);
    expect(fake.glossaries()).toHaveLength(1);
    expect(fake.requests.filter((r) => r.path === '/v2/glossary-language-pairs')).toHaveLength(1);
  });

  it('applies the glossary when its id is given', async () => {
    const engine = translator();
    const ref = await engine.syncGlossary(toGlossaryEntries(terms));
    const [result] = await engine.translate({ texts: ['Kata pemerintah kepada DPR.'], targetLang: 'en-US', glossaryId: ref!.id });
    expect(result!.text).toBe('[EN] Kata government kepada House of Representatives.');
    expect(fake.requests.at(-1)!.params.glossary_id).toEqual([ref!.id]);
  });

  it('creates a new glossary when DeepL lost the stored one', async () => {
    const engine = translator();
    const entries = toGlossaryEntries(terms);
    const stale = { id: 'gone-0000', version: 'whatever', entryCount: 2 };
    const ref = await engine.syncGlossary(entries, stale);
    expect(ref!.id).not.toBe('gone-0000');
    expect(fake.glossaries().map((g) => g.id)).toEqual([ref!.id]);
  });

  it('deletes the glossary when no terms are left', async () => {
    const engine = translator();
    const ref = await engine.syncGlossary(toGlossaryEntries(terms));
    expect(await engine.syncGlossary([], ref)).toBeNull();
    expect(fake.glossaries()).toEqual([]);
  });

  it('returns null without creating anything when DeepL has no id→en glossaries', async () => {
    await fake.stop();
    fake = await startFakeDeepL({ glossaryPairs: [['en', 'de']] });
    expect(await translator().syncGlossary(toGlossaryEntries(terms))).toBeNull();
    expect(fake.glossaries()).toEqual([]);
  });
});

describe('DeepL translator: failures', () => {
  const failure = async (call: () => Promise<unknown>) => {
    const started = performance.now();
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error: error as TranslationError, ms: performance.now() - started };
  };
  const request = { texts: ['Halo.'], targetLang: 'en-US' as const };

  it.each([
    [403, 'auth', false, /DEEPL_AUTH_KEY/],
    [456, 'quota', false, /quota/],
    [429, 'rate_limit', true, /too many/],
    [500, 'server', true, /HTTP 500/],
    [503, 'server', true, /HTTP 503/],
  ] as const)('maps HTTP %i to %s quickly', async (status, code, retryable, message) => {
    fake.failNext(status);
    const { error, ms } = await failure(() => translator().translate(request));
    expect(error).toBeInstanceOf(TranslationError);
    expect(error).toMatchObject({ code, retryable, status });
    expect(error.message).toMatch(message);
    expect(ms).toBeLessThan(1000);
  });

  it('maps a wrong key to auth with a remedy', async () => {
    const { error } = await failure(() => translator({ authKey: 'wrong' }).usage());
    expect(error).toMatchObject({ code: 'auth', retryable: false, status: 403 });
    expect(error.message).toMatch(/refused the authentication key.*Check DEEPL_AUTH_KEY/);
  });

  it('maps the real quota running out to quota', async () => {
    await fake.stop();
    fake = await startFakeDeepL({ characterLimit: 10 });
    const { error } = await failure(() => translator().translate({ texts: ['Lebih dari sepuluh huruf.'], targetLang: 'en-US' }));
    expect(error).toMatchObject({ code: 'quota', status: 456 });
  });

  it('retries a server error when attempts allow it', async () => {
    fake.failNext(503);
    const [result] = await translator({ maxRetries: 2 }).translate(request);
    expect(result!.text).toBe('[EN] Halo.');
    expect(fake.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('maps an unanswered request to timeout', async () => {
    fake.hang(true);
    const { error, ms } = await failure(() => translator({ timeoutMs: 200 }).translate(request));
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(error.message).toMatch(/did not answer within 200 ms/);
    // deepl-node gives the first attempt at least its one-second backoff window.
    expect(ms).toBeLessThan(2500);
  });

  it('maps a refused connection to network without retrying', async () => {
    await fake.refuseConnections();
    const { error, ms } = await failure(() => translator({ maxRetries: 3 }).translate(request));
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.message).toMatch(/Could not reach DeepL at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    expect(ms).toBeLessThan(500);
    await fake.acceptConnections();
    await expect(translator().translate(request)).resolves.toHaveLength(1);
  });

  it('maps failures of glossary calls too', async () => {
    fake.failNext(403);
    const { error } = await failure(() => translator().syncGlossary([{ source: 'a', target: 'b' }]));
    expect(error).toMatchObject({ code: 'auth' });
  });
});

describe('deeplOptionsFromEnv', () => {
  it.each([
    [{}, null],
    [{ DEEPL_AUTH_KEY: '  ' }, null],
    [{ DEEPL_AUTH_KEY: ' k:fx ' }, { authKey: 'k:fx', serverUrl: undefined }],
    [{ DEEPL_AUTH_KEY: 'k', DEEPL_SERVER_URL: 'http://127.0.0.1:9' }, { authKey: 'k', serverUrl: 'http://127.0.0.1:9' }],
  ])('reads %j', (env, expected) => {
    expect(deeplOptionsFromEnv(env)).toEqual(expected);
  });
});
