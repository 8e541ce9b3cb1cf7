import { describe, expect, it } from 'vitest';
import { AnswerCache, BodyWriter, CachedAnswer, chooseEncoding, matchesEtag, strongEtag } from '../../src/web/page-cache';

const bytes = (n: number, fill = 'a') => Buffer.from(fill.repeat(n));
const build = (n: number, fill?: string) => () => Promise.resolve(bytes(n, fill));

describe('AnswerCache', () => {
  it('keeps an answer under its stamp and builds once for callers arriving together', async () => {
    const cache = new AnswerCache(10_000);
    let builds = 0;
    const counted = () => {
      builds++;
      return Promise.resolve(bytes(100));
    };
    const together = await Promise.all([1, 2, 3].map(() => cache.get('k', 's1', 'text/plain', counted)));
    expect(new Set(together).size).toBe(1);
    expect(await cache.get('k', 's1', 'text/plain', counted)).toBe(together[0]);
    expect(builds).toBe(1);
    const moved = await cache.get('k', 's2', 'text/plain', build(100, 'b'));
    expect(moved).not.toBe(together[0]);
    expect(moved.etag).not.toBe(together[0]!.etag);
    expect(cache.size).toBe(1);
  });

  it('stays within its byte bound, compressed copies included, dropping the least recently used', async () => {
    const cache = new AnswerCache(2500, 2500);
    await cache.get('a', '1', 'text/plain', build(1000));
    await cache.get('b', '1', 'text/plain', build(1000));
    await cache.get('a', '1', 'text/plain', build(1000)); // a is now the most recent
    await cache.get('c', '1', 'text/plain', build(1000));
    expect(cache.bytes).toBeLessThanOrEqual(2500);
    expect(cache.size).toBe(2);
    let rebuilt = false;
    await cache.get('a', '1', 'text/plain', () => ((rebuilt = true), Promise.resolve(bytes(1000))));
    expect(rebuilt).toBe(false);
    // Random bytes do not compress: each copy adds about its size, which must push an entry out.
    const noise = Buffer.from(Array.from({ length: 1000 }, () => Math.floor(Math.random() * 256)));
    const d = await cache.get('d', '1', 'application/octet-stream', () => Promise.resolve(noise));
    await d.encoded('gzip');
    await d.encoded('br');
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.bytes).toBeLessThanOrEqual(2500);
    expect(d.bytes).toBeGreaterThan(2000);
  });

  it('keeps a value with an answer once and counts it against the bound', async () => {
    const cache = new AnswerCache(3000, 3000);
    const a = await cache.get('a', '1', 'text/plain', build(1000));
    expect(a.kept('parsed')).toBeUndefined();
    const value = { made: 1 };
    a.keep('parsed', value, 1500);
    a.keep('parsed', { made: 2 }, 1500);
    expect(a.kept('parsed')).toBe(value);
    expect(cache.bytes).toBe(2500);
    await cache.get('b', '1', 'text/plain', build(1000));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(1000);
  });

  it('keeps only the ETag of an answer larger than an entry may be: built again when asked, a 304 for a client holding it', async () => {
    const cache = new AnswerCache(10_000, 1500);
    let builds = 0;
    const counted = (fill: string) => () => {
      builds++;
      return Promise.resolve(bytes(2000, fill));
    };
    const big = await cache.get('big', '1', 'text/plain', counted('a'));
    expect(big.body.length).toBe(2000);
    expect(cache.bytes).toBeLessThan(500);
    const again = await cache.get('big', '1', 'text/plain', counted('a'));
    expect(again.body.equals(big.body)).toBe(true);
    expect(builds).toBe(2);
    // The client holds the answer: no build, no bytes, the same ETag.
    const held = await cache.get('big', '1', 'text/plain', counted('a'), { ifNoneMatch: `W/${big.etag}` });
    expect(builds).toBe(2);
    expect(held.etag).toBe(big.etag);
    expect(held.body.length).toBe(0);
    // Another ETag, or the same under a new stamp, is built again.
    await cache.get('big', '1', 'text/plain', counted('a'), { ifNoneMatch: '"other"' });
    expect(builds).toBe(3);
    const moved = await cache.get('big', '2', 'text/plain', counted('b'), { ifNoneMatch: big.etag });
    expect(builds).toBe(4);
    expect(moved.body.length).toBe(2000);
    expect(moved.etag).not.toBe(big.etag);
  });

  it('lets go of an answer whose compressed copies and kept values take it past an entry’s bound, keeping its ETag', async () => {
    const cache = new AnswerCache(10_000, 1500);
    const a = await cache.get('a', '1', 'text/plain', build(1000));
    expect(cache.bytes).toBe(1000);
    a.keep('parsed', {}, 4000);
    expect(cache.bytes).toBeLessThan(500);
    let rebuilt = false;
    const held = await cache.get('a', '1', 'text/plain', () => ((rebuilt = true), Promise.resolve(bytes(1000))), { ifNoneMatch: a.etag });
    expect(rebuilt).toBe(false);
    expect(held.etag).toBe(a.etag);
    await cache.get('a', '1', 'text/plain', () => ((rebuilt = true), Promise.resolve(bytes(1000))));
    expect(rebuilt).toBe(true);
  });

  it('keeps a large answer whole when asked to (the whole a document’s parts are cut from), with its kept values, within the whole bound', async () => {
    const cache = new AnswerCache(10_000, 1500);
    let builds = 0;
    const counted = () => {
      builds++;
      return Promise.resolve(bytes(2000));
    };
    const whole = await cache.get('doc', '1', 'text/plain', counted, { keepLarge: true });
    whole.keep('json', { parsed: true }, 4000);
    const next = await cache.get('doc', '1', 'text/plain', counted, { keepLarge: true });
    expect(next).toBe(whole);
    expect(next.kept('json')).toEqual({ parsed: true });
    // Asked for whole afterwards, it is the same kept answer.
    expect(await cache.get('doc', '1', 'text/plain', counted)).toBe(whole);
    expect(builds).toBe(1);
    expect(cache.bytes).toBe(6000);
  });

  it('does not keep an answer larger than the whole bound', async () => {
    const cache = new AnswerCache(500, 500);
    const big = await cache.get('big', '1', 'text/plain', build(1000));
    expect(big.body.length).toBe(1000);
    expect(cache.bytes).toBeLessThanOrEqual(500);
  });
});

describe('BodyWriter', () => {
  it('gives the bytes written, in order, with the ETag strongEtag gives them, across many pieces', () => {
    const writer = new BodyWriter();
    const parts = Array.from({ length: 5000 }, (_, i) => `{"n":${i},"text":"kalimat ${'é'.repeat(i % 40)}"}`);
    for (const part of parts) writer.write(part);
    const { body, etag } = writer.finish();
    const expected = Buffer.from(parts.join(''));
    expect(body.equals(expected)).toBe(true);
    expect(body.length).toBeGreaterThan(3 * 64 * 1024);
    expect(etag).toBe(strongEtag(expected));
    expect(new CachedAnswer({ body, etag }, 'application/json').etag).toBe(etag);
  });
});

describe('AnswerCache builds', () => {
  it('builds at most two answers at once, the others in the order they came, each still answered', async () => {
    const cache = new AnswerCache(1 << 20);
    let running = 0;
    let most = 0;
    const started: string[] = [];
    const build = (key: string) => async () => {
      started.push(key);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
      return Buffer.from(key);
    };
    const keys = ['api|1', 'api|2', 'api|3', 'api|4', 'api|5'];
    const answers = await Promise.all(keys.map((key) => cache.get(key, '1', 'text/plain', build(key))));
    expect(answers.map((a) => a.body.toString())).toEqual(keys);
    expect(most).toBe(2);
    expect(started).toEqual(keys);
  });

  it('goes on building after a build fails', async () => {
    const cache = new AnswerCache(1 << 20);
    const failing = Promise.all([1, 2, 3].map((n) => cache.get(`api|${n}`, '1', 'text/plain', async () => Promise.reject(new Error(`no ${n}`)))));
    await expect(failing).rejects.toThrow(/no 1/);
    const answer = await cache.get('api|4', '1', 'text/plain', async () => Buffer.from('yes'));
    expect(answer.body.toString()).toBe('yes');
  });
});

describe('request headers', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;q=0.0, gzip;q=0', null],
    ['identity', null],
    ['gzip;q=0.5, br;q=0.1', 'br'],
  ])('Accept-Encoding %j chooses %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    [undefined, false],
  ])('If-None-Match %j matches "abc": %j', (header, expected) => {
    expect(matchesEtag(header, '"abc"')).toBe(expected);
  });
});
