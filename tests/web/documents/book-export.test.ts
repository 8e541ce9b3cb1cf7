import mammoth from 'mammoth';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../../src/import/formats/index';
import { binaryBody } from '../../support/binary-body';
import { makeTestApp, type TestContext } from '../../support/app';
import { apiToken } from '../../support/auth';

describe('bilingual books of a document', () => {
  let ctx: TestContext;
  let id: number;
  let hidden: number;
  beforeAll(async () => {
    ctx = await makeTestApp();
    const token = `Bearer ${await apiToken(ctx)}`;
    const post = (body: object) => request(ctx.app).post('/api/documents').set('Authorization', token).send(body).expect(201);
    const doc = { title: 'Jembatan', source: 'Latar Belakang\n\nPresiden meresmikan jembatan. Warga senang.', translation: 'Background\n\nThe president opened the bridge. Residents were glad.' };
    id = (await post(doc)).body.id;
    hidden = (await post({ ...doc, visibility: 'private' })).body.id;
  });
  afterAll(() => ctx.close());

  it('sends an EPUB in either layout that reads back with its heading', async () => {
    for (const layout of ['table', 'interleaved']) {
      const res = await request(ctx.app).get(`/documents/${id}/book.epub?layout=${layout}`).buffer(true).parse(binaryBody).expect(200);
      expect(res.headers['content-type']).toBe('application/epub+zip');
      expect(res.headers['content-disposition']).toContain('.epub');
      const back = await readFile({ bytes: res.body as Buffer, name: 'b.epub', field: 'source' });
      expect(back.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Latar Belakang Background' });
      expect(back.blocks.map((b) => b.text).join(' ')).toContain('The president opened the bridge.');
    }
  });

  it('sends a two-column Word file that mammoth opens', async () => {
    const res = await request(ctx.app).get(`/documents/${id}/book.docx`).buffer(true).parse(binaryBody).expect(200);
    const { value } = await mammoth.convertToHtml({ buffer: res.body as Buffer });
    expect(value).toContain('<td><h2>Latar Belakang</h2></td><td><h2>Background</h2></td>');
  });

  it('answers a private document to an anonymous visitor, and an unknown format, as missing', async () => {
    await request(ctx.app).get(`/documents/${hidden}/book.epub`).expect(404);
    await request(ctx.app).get(`/documents/${id}/book.pdf`).expect(404);
  });
});
