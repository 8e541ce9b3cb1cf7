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

  it('logs an error by its kind, message, code and stack, not the values a database error carries', () => {
    const out = sink();
    const logger = createLogger({ level: 'info', destination: out.stream });
    const err = Object.assign(new Error('duplicate key value violates unique constraint "users_name"'), { code: '23505', detail: 'Key (name)=(Siti-secret-name) already exists.', parameters: ['Siti-secret-name'] });
    logger.error({ err }, 'unhandled error');
    const line = JSON.parse(out.text());
    expect(line.err).toMatchObject({ type: 'Error', code: '23505', message: 'duplicate key value violates unique constraint "users_name"' });
    expect(line.err.stack).toContain('logger.test.ts');
    expect(out.text()).not.toContain('Siti-secret-name');
  });

  it('writes readable single lines instead when asked (as in a terminal)', () => {
    const out = sink();
    const logger = createLogger({ level: 'info', destination: out.stream, pretty: true });
    logger.info({ route: '/healthz', status: 200 }, 'request');
    const text = out.text();
    expect(text).toMatch(/INFO.*request/);
    expect(text).toContain('"route":"/healthz"');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(() => JSON.parse(text)).toThrow();
  });
});
