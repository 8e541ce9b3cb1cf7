import type request from 'supertest';

/** A supertest parser that keeps the body as bytes (an EPUB, a Word file): supertest reads anything it does not know as text. */
export function binaryBody(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
