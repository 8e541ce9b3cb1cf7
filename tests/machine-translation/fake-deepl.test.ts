import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';

let fake: FakeDeepL;
beforeEach(async () => {
  fake = await startFakeDeepL();
});
afterEach(async () => {
  await fake.stop();
});

const post = (path: string, body: unknown, key = fake.authKey) =>
  fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('fake DeepL server', () => {
  it('accepts JSON bodies for translate, as the HTTP API documents', async () => {
    const response = await post('/v2/translate', { text: ['Satu.', 'Dua.'], target_lang: 'EN-US', show_billed_characters: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      translations: [
        { detected_source_language: 'ID', text: '[EN] Satu.', billed_characters: 5 },
        { detected_source_language: 'ID', text: '[EN] Dua.', billed_characters: 4 },
      ],
    });
    expect(fake.requests[0]).toMatchObject({ texts: ['Satu.', 'Dua.'], billedCharacters: 9, status: 200 });
  });

  it('accepts a JSON v3 glossary and applies it', async () => {
    const created = await post('/v3/glossaries', {
      name: 'uji',
      dictionaries: [{ source_lang: 'id', target_lang: 'en', entries: 'desa\tvillage', entries_format: 'tsv' }],
    });
    expect(created.status).toBe(201);
    const { glossary_id } = (await created.json()) as { glossary_id: string };
    const translated = await post('/v2/translate', { text: ['Desa itu.'], target_lang: 'EN-GB', source_lang: 'ID', glossary_id });
    expect(((await translated.json()) as { translations: { text: string }[] }).translations[0]!.text).toBe('[EN] village itu.');
  });

  it.each([
    ['more than 50 texts', { text: Array.from({ length: 51 }, () => 'a'), target_lang: 'EN-US' }, 400],
    ['a body over 128 KiB', { text: ['a'.repeat(128 * 1024)], target_lang: 'EN-US' }, 413],
    ['a glossary without source language', { text: ['a'], target_lang: 'EN-US', glossary_id: 'x' }, 400],
  ])('refuses %s like DeepL', async (_name, body, status) => {
    expect((await post('/v2/translate', body)).status).toBe(status);
  });

  it('checks the key, then fails and delays on request', async () => {
    expect((await post('/v2/translate', { text: ['a'], target_lang: 'EN-US' }, 'bad')).status).toBe(403);
    fake.failNext(503, 2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post('/v2/translate', { text: ['a'], target_lang: 'EN-US' })).status);
    expect(statuses).toEqual([503, 503, 200]);
    fake.hang(150);
    const started = performance.now();
    await post('/v2/translate', { text: ['a'], target_lang: 'EN-US' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
