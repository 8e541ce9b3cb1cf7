import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERM } from '../../src/core/glossary';
import { countTerms, createTerm } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../support/auth';
import { textBody } from '../support/text-body';

const tbx = (entries: string) => `<?xml version="1.0"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n${entries}\n</body></text></martif>`;
const entry = (id: string, en: string[]) =>
  `<termEntry><langSet xml:lang="id"><tig><term>${id}</term></tig></langSet>` +
  `<langSet xml:lang="en">${en.map((t) => `<tig><term>${t}</term></tig>`).join('')}</langSet></termEntry>`;

describe('glossary files through the server', () => {
  let ctx: TestContext;
  let editor: EditorClient;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
  });
  afterAll(() => ctx.close());

  const download = (path: string) => editor.get(path).buffer(true).parse(textBody).expect(200);
  const importFile = (format: string, body: string) => editor.post(`/api/glossary/import?format=${format}`).set('content-type', 'text/plain').send(body);
  const allTerms = async () => (await editor.get('/api/glossary').expect(200)).body.terms.map(({ updatedAt: _u, ...rest }: Record<string, unknown>) => rest);

  it('guards formula cells in the CSV download, and an export imported again changes nothing', async () => {
    for (const term of [
      { source: '-an', targets: ['+1', 'suffix'], note: '=HYPERLINK("http://example.com/x","click")' },
      { source: 'perintah', targets: ['@command', '=cmd /C calc'], note: "'=already quoted" },
    ]) {
      await editor.post('/api/glossary').send(term).expect(201);
    }
    const csv = (await download('/glossary/export.csv')).body as string;
    const cells = csv.split('\r\n').flatMap((line) => line.split(',')).map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const before = await allTerms();
    const res = await importFile('csv', csv).expect(200);
    expect(res.body).toMatchObject({ added: 0, updated: 2 });
    expect(await allTerms()).toEqual(before);
  });

  it('refuses a TBX entry whose equivalent holds "|", as the form and the API do, naming the entry', async () => {
    const count = await countTerms(ctx.db);
    const res = await importFile('tbx', tbx([entry('tentara', ['army|soldiers'])].join('\n'))).expect(400);
    expect(res.body.error.code).toBe('invalid_glossary_file');
    expect(res.body.error.errors).toMatchObject([{ entry: 1, field: 'targets', code: 'separator' }]);
    expect(await countTerms(ctx.db)).toBe(count);
  });

  it('still downloads a CSV when a stored equivalent holds "|"', async () => {
    await createTerm(ctx.db, { ...DEFAULT_TERM, source: 'warisan', targets: ['legacy|heritage'] });
    expect((await download('/glossary/export.csv')).body).toContain('warisan,legacy|heritage');
  });
});

describe('glossary search', () => {
  let ctx: TestContext;
  let editor: EditorClient;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
    for (const term of [
      { source: 'pasukan', targets: ['troops', 'forces'] },
      { source: 'persen', targets: ['100% share'] },
      { source: 'garis bawah', targets: ['under_score'] },
    ]) {
      await editor.post('/api/glossary').send(term).expect(201);
    }
  });
  afterAll(() => ctx.close());

  const found = async (q: string) =>
    (await editor.get(`/api/glossary?q=${encodeURIComponent(q)}`).expect(200)).body.terms.map((t: { source: string }) => t.source);

  it.each([
    ['"', []],
    ['","', []],
    ['[', []],
    ['%', ['persen']],
    ['_', ['garis bawah']],
    ['100%', ['persen']],
    ['FORCES', ['pasukan']],
    ['troops', ['pasukan']],
  ])('%j finds %j: the equivalents are searched as text, wildcards taken literally', async (q, sources) => {
    expect(await found(q)).toEqual(sources);
  });
});
