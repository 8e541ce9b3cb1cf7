import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('machine translation settings', () => {
  it.each([
    { env: {}, key: null, server: null, perRequest: 1, concurrency: 2 },
    { env: { DEEPL_AUTH_KEY: ' abc:fx ', DEEPL_SERVER_URL: 'https://api-free.deepl.com' }, key: 'abc:fx', server: 'https://api-free.deepl.com', perRequest: 1, concurrency: 2 },
    { env: { DEEPL_AUTH_KEY: '', TRANSLATE_TEXTS_PER_REQUEST: '80', TRANSLATE_CONCURRENCY: '4' }, key: null, server: null, perRequest: 50, concurrency: 4 },
  ])('reads $env', ({ env, key, server, perRequest, concurrency }) => {
    const config = loadConfig({ DATA_DIR: '/tmp/sejajar-config-test', ...env });
    expect([config.deeplAuthKey, config.deeplServerUrl, config.translateTextsPerRequest, config.translateConcurrency]).toEqual([
      key,
      server,
      perRequest,
      concurrency,
    ]);
  });

  it('refuses a request size that is not a positive whole number', () => {
    expect(() => loadConfig({ TRANSLATE_TEXTS_PER_REQUEST: '0' })).toThrow(/TRANSLATE_TEXTS_PER_REQUEST/);
  });
});
