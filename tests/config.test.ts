import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { databaseLocation, loadConfig } from '../src/config';
import { DEFAULT_FILE_LIMITS } from '../src/import/formats/blocks';
import { makeTestApp } from './support/app';

describe('database settings', () => {
  it('keeps the library in the SQLite file of DATA_DIR by default', () => {
    const config = loadConfig({ DATA_DIR: '/srv/sejajar' });
    expect(config.databaseUrl).toBeNull();
    expect(databaseLocation(config)).toEqual({ dialect: 'sqlite', file: '/srv/sejajar/sejajar.sqlite' });
  });

  it('switches to PostgreSQL with DATABASE_URL, with the pool size of DATABASE_POOL_SIZE', () => {
    const url = 'postgres://sejajar:secret@db:5432/sejajar';
    expect(databaseLocation(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '4' }))).toEqual({ dialect: 'postgres', url, poolSize: 4 });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/x' }).databaseUrl).toBe('postgresql://db/x');
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing the password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL, got "mysql:\/\/\*\*\*@db\/x"/);
  });
});

describe('TRUST_PROXY', () => {
  const cases: [string | undefined, boolean | number | string][] = [
    [undefined, false],
    ['', false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
  ];
  it.each(cases)('reads %j as %j', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  const decisions: [string, string, boolean][] = [
    ['false', '127.0.0.1', false],
    ['loopback', '127.0.0.1', true],
    ['loopback', '203.0.113.9', false],
    ['1', '203.0.113.9', true],
  ];
  it.each(decisions)('with TRUST_PROXY=%s the app trusts a proxy at %s: %s', async (raw, address, trusted) => {
    const ctx = await makeTestApp({ env: { TRUST_PROXY: raw } });
    try {
      const trust = ctx.app.get('trust proxy fn') as (address: string, hop: number) => boolean;
      expect(trust(address, 0)).toBe(trusted);
    } finally {
      await ctx.close();
    }
  });
});

describe('translation job timing', () => {
  const timing = (env: NodeJS.ProcessEnv) => {
    const { translateLeaseMs, translateHeartbeatMs, translatePollMs } = loadConfig(env);
    return [translateLeaseMs, translateHeartbeatMs, translatePollMs];
  };

  it('keeps a one-minute lease renewed every 15 s and polls every 3 s by default', () => {
    expect(timing({})).toEqual([60_000, 15_000, 3_000]);
  });

  it('takes the lease, heartbeat and poll intervals from the environment', () => {
    expect(timing({ TRANSLATE_LEASE_MS: '2000', TRANSLATE_HEARTBEAT_MS: '250', TRANSLATE_POLL_MS: '100' })).toEqual([2_000, 250, 100]);
    expect(() => loadConfig({ TRANSLATE_LEASE_MS: '0' })).toThrow(/TRANSLATE_LEASE_MS must be a positive whole number/);
  });
});

describe('WORKER_THREADS', () => {
  it('leaves one core to the event loop by default, at least one thread, and takes the setting', () => {
    expect(loadConfig({}).workerThreads).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(loadConfig({ WORKER_THREADS: '3' }).workerThreads).toBe(3);
    expect(() => loadConfig({ WORKER_THREADS: '0' })).toThrow(/WORKER_THREADS/);
  });
});

describe('WORKER_NICE', () => {
  it('is 10 by default, takes 0 to 19, and refuses anything else', () => {
    expect(loadConfig({}).workerNice).toBe(10);
    expect(loadConfig({ WORKER_NICE: '0' }).workerNice).toBe(0);
    expect(loadConfig({ WORKER_NICE: '19' }).workerNice).toBe(19);
    for (const bad of ['20', '-1', '5.5', 'low']) expect(() => loadConfig({ WORKER_NICE: bad }), bad).toThrow(/WORKER_NICE/);
  });
});

describe('PUBLIC_URL', () => {
  it('is unknown by default, drops a trailing slash, and refuses what is not an http(s) address', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: ' https://baca.example.org/ ' }).publicUrl).toBe('https://baca.example.org');
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'baca.example.org' })).toThrow(/PUBLIC_URL/);
  });
});

describe('file limits', () => {
  it('default to twice the text limit per file, 2,000 PDF pages, 5,000 archive entries, 16 MiB unpacked and 20,000 cues', () => {
    expect(loadConfig({}).fileLimits).toEqual({ ...DEFAULT_FILE_LIMITS, maxFileBytes: 4 * 1024 * 1024 });
    expect(loadConfig({ MAX_DOCUMENT_BYTES: '1000000' }).fileLimits.maxFileBytes).toBe(2_000_000);
  });

  it('are read from the environment', () => {
    const env = { MAX_FILE_BYTES: '9000000', MAX_PDF_PAGES: '50', MAX_ARCHIVE_ENTRIES: '300', MAX_ARCHIVE_UNPACKED_BYTES: '1000000', MAX_SUBTITLE_CUES: '99' };
    expect(loadConfig(env).fileLimits).toEqual({ maxFileBytes: 9_000_000, maxPages: 50, maxEntries: 300, maxUnpackedBytes: 1_000_000, maxCues: 99 });
  });

  it.each([
    [{ MAX_PDF_PAGES: '0' }, 'MAX_PDF_PAGES must be a positive whole number, got "0"'],
    [{ MAX_ARCHIVE_ENTRIES: '1e3x' }, 'MAX_ARCHIVE_ENTRIES must be a positive whole number, got "1e3x"'],
    [{ MAX_ARCHIVE_UNPACKED_BYTES: '-5' }, 'MAX_ARCHIVE_UNPACKED_BYTES must be a positive whole number, got "-5"'],
    [{ MAX_SUBTITLE_CUES: '2.5' }, 'MAX_SUBTITLE_CUES must be a positive whole number, got "2.5"'],
    [{ MAX_FILE_BYTES: '1000' }, 'MAX_FILE_BYTES must be at least MAX_DOCUMENT_BYTES (2097152), got 1000'],
  ])('refuses %j at start with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
