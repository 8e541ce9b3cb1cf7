import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/operations/logger';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

describe('the server log', () => {
  it('writes one JSON object per line, and hides values under secret field names', () => {
    const out = sink();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info({ route: '/signin', password: 'hunter2-secret', user: { token: 'sej_abc' } }, 'request');
    logger.debug({ route: '/below-level' }, 'request');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'request', route: '/signin', password: '[hidden]', user: { token: '[hidden]' } });
    expect(out.text()).not.toMatch(/hunter2|sej_abc/);
  });

  it('writes readable lines instead when asked (as in a terminal)', () => {
    const out = sink();
    const logger = createLogger({ level: 'info', destination: out.stream, pretty: true });
    logger.info({ route: '/healthz', status: 200 }, 'request');
    const text = out.text();
    expect(text).toMatch(/INFO.*request/);
    expect(text).toContain('route: "/healthz"');
    expect(() => JSON.parse(text)).toThrow();
  });
});
