import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTerms, getGlossaryVersion } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../support/auth';
import { textBody } from '../support/text-body';

describe('glossary JSON API', () => {
  let ctx: TestContext;
  // Reading is open; every change needs a signed-in editor.
  let editor: EditorClient;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
  });
  afterAll(() => ctx.close());

  const api = () => editor;

  it('creates, reads, updates, patches and deletes a term', async () => {
    const created = await api().post('/api/glossary').send({ source: 'serangan', targets: ['attack'], mode: 'derived' }).expect(201);
    const id = created.body.term.id as number;
    expect(created.headers.location).toBe(`/api/glossary/${id}`);
    expect(created.body.term).toMatchObject({ source: 'serangan', targets: ['attack'], mode: 'derived', status: 'approved', caseSensitive: false, documentId: null, note: '' });

    expect((await api().get(`/api/glossary/${id}`).expect(200)).body.term.source).toBe('serangan');
    const put = await api().put(`/api/glossary/${id}`).send({ source: 'serangan', targets: ['attack', 'assault'] }).expect(200);
    expect(put.body.term).toMatchObject({ targets: ['attack', 'assault'], mode: 'forms' });
    const patch = await api().patch(`/api/glossary/${id}`).send({ status: 'proposed', note: 'check' }).expect(200);
    expect(patch.body.term).toMatchObject({ targets: ['attack', 'assault'], status: 'proposed', note: 'check' });

    await api().delete(`/api/glossary/${id}`).expect(204);
    await api().get(`/api/glossary/${id}`).expect(404);
    const gone = await api().delete(`/api/glossary/${id}`).expect(404);
    expect(gone.body.error.code).toBe('not_found');
  });

  it('lists with search and filters, and reports the version', async () => {
    await api().post('/api/glossary').send({ source: 'pasukan', targets: ['troops', 'forces'] }).expect(201);
    await api().post('/api/glossary').send({ source: 'tentara', targets: ['soldiers'], status: 'proposed' }).expect(201);
    const all = await api().get('/api/glossary').expect(200);
    expect(all.body.version).toBe(await getGlossaryVersion(ctx.db));
    expect(all.body.terms.map((t: { source: string }) => t.source)).toEqual(['pasukan', 'tentara']);
    const byEnglish = await api().get('/api/glossary?q=FORCES').expect(200);
    expect(byEnglish.body.terms.map((t: { source: string }) => t.source)).toEqual(['pasukan']);
    const byIndonesian = await api().get('/api/glossary?q=tent').expect(200);
    expect(byIndonesian.body.terms.map((t: { source: string }) => t.source)).toEqual(['tentara']);
    const proposed = await api().get('/api/glossary?status=proposed').expect(200);
    expect(proposed.body.terms.map((t: { source: string }) => t.source)).toEqual(['tentara']);
  });

  it.each([
    [{ targets: ['x'] }, 400, 'invalid_term', ['source']],
    [{ source: 'a', targets: [] }, 400, 'invalid_term', ['targets']],
    [{ source: 'a', targets: ['x'], mode: 'stem', status: 'maybe' }, 400, 'invalid_term', ['mode', 'status']],
    [{ source: 'a', targets: ['x'], documentId: 999 }, 400, 'unknown_document', []],
    [['not', 'an', 'object'], 400, 'invalid_request', []],
  ])('refuses %j', async (body, status, code, fields) => {
    const before = await countTerms(ctx.db);
    const res = await api().post('/api/glossary').send(body as object).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.error.message).toBe('string');
    expect((res.body.error.fields ?? []).map((f: { field: string }) => f.field)).toEqual(fields);
    expect(await countTerms(ctx.db)).toBe(before);
  });

  it('refuses malformed JSON and a duplicate with 409', async () => {
    const bad = await api().post('/api/glossary').set('content-type', 'application/json').send('{"source":').expect(400);
    expect(bad.body.error.code).toBe('invalid_json');
    await api().post('/api/glossary').send({ source: 'koalisi', targets: ['coalition'] }).expect(201);
    const dup = await api().post('/api/glossary').send({ source: 'Koalisi', targets: ['alliance'] }).expect(409);
    expect(dup.body.error.code).toBe('duplicate_term');
    expect(dup.body.error.message).toContain('“Koalisi” is already in the glossary');
  });

  it('answers 404 for malformed and unknown ids', async () => {
    await api().get('/api/glossary/abc').expect(404);
    await api().put('/api/glossary/999999').send({ source: 'a', targets: ['b'] }).expect(404);
  });

  it('round-trips CSV and TBX through export and import', async () => {
    for (const format of ['csv', 'tbx'] as const) {
      const exported = await api().get(`/glossary/export.${format}`).buffer(true).parse(textBody).expect(200);
      expect(exported.headers['content-disposition']).toContain(`sejajar-glossary.${format}`);
      const before = (await api().get('/api/glossary')).body.terms;
      expect(before.length).toBeGreaterThanOrEqual(3);
      const imported = await api().post(`/api/glossary/import?format=${format}`).set('content-type', 'text/plain').send(exported.body as string).expect(200);
      expect(imported.body).toMatchObject({ added: 0, updated: before.length });
      const after = (await api().get('/api/glossary')).body.terms;
      const strip = (terms: Record<string, unknown>[]) => terms.map(({ updatedAt: _u, ...rest }) => rest);
      expect(strip(after)).toEqual(strip(before));
    }
  });

  it('imports a CSV file as a multipart upload, adding new terms', async () => {
    const csv = 'source,targets,note\r\nintegritas teritorial,territorial integrity,\r\nsekutu,ally|allies,"plural, too"\r\n';
    const res = await api().post('/api/glossary/import').attach('file', Buffer.from(csv), 'terms.csv').expect(200);
    expect(res.body).toMatchObject({ added: 2, updated: 0 });
    const sekutu = (await api().get('/api/glossary?q=sekutu')).body.terms[0];
    expect(sekutu).toMatchObject({ targets: ['ally', 'allies'], note: 'plural, too' });
  });

  it.each([
    ['csv', 'source,targets\r\nbaik,good\r\n,missing source\r\nburuk,\r\n', [3, 4]],
    ['csv', 'source,targets,colour\r\na,b,c\r\n', [1]],
    ['csv', 'source,targets\r\nsama,same\r\nSama,same again\r\n', [3]],
    ['tbx', '<martif><text><body><termEntry></body></martif>', []],
  ])('refuses a bad %s file with its problems and imports nothing', async (format, body, lines) => {
    const count = await countTerms(ctx.db);
    const version = await getGlossaryVersion(ctx.db);
    const res = await api().post(`/api/glossary/import?format=${format}`).set('content-type', 'text/plain').send(body).expect(400);
    expect(res.body.error.code).toBe('invalid_glossary_file');
    expect(res.body.error.message).toMatch(/not imported/);
    expect(res.body.error.errors.length).toBeGreaterThan(0);
    expect(res.body.error.errors.filter((e: { line?: number }) => e.line !== undefined).map((e: { line: number }) => e.line)).toEqual(expect.arrayContaining(lines));
    expect(await countTerms(ctx.db)).toBe(count);
    expect(await getGlossaryVersion(ctx.db)).toBe(version);
  });

  it('refuses an unknown format and a binary file', async () => {
    expect((await api().post('/api/glossary/import?format=xlsx').send('x').expect(400)).body.error.code).toBe('invalid_format');
    const binary = await api().post('/api/glossary/import?format=csv').set('content-type', 'application/octet-stream').send(Buffer.from([0, 1, 2])).expect(400);
    expect(binary.body.error.code).toBe('binary_file');
  });
});
