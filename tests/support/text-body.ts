import type { Response } from 'superagent';

/** A supertest parser that reads any download as text, whatever its content type (TBX is XML). */
export function textBody(res: Response, done: (err: Error | null, body: string) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (body += chunk));
  stream.on('end', () => done(null, body));
}
