import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../../src/store/documents';
import { makeTestApp, type TestContext } from '../../support/app';
import { apiToken, signedInAgent, type SignedIn } from '../../support/auth';

const MARKDOWN = [
  '# Jembatan Baru',
  'Presiden meresmikan jembatan baru di Kalimantan pada hari Senin.',
  '## Biaya pembangunan',
  'Menurut pejabat setempat, jembatan tersebut dibangun selama tiga tahun.',
].join('\n\n');
const ENGLISH = [
  '# New Bridge',
  'The president opened a new bridge in Kalimantan on Monday.',
  '## Construction cost',
  'According to local officials, the bridge was built over three years.',
].join('\n\n');
const SRT = '1\n00:00:01,000 --> 00:00:03,500\nSelamat pagi semuanya.\n\n2\n00:01:02,250 --> 00:01:05,000\nKita mulai rapat hari ini.\n';

describe('structure kept from the file: headings and cue times', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx);
    token = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());

  const importFiles = async (name: string, bytes: string, translation?: string) => {
    const req = editor.agent.post('/documents?lng=en').set('X-CSRF-Token', editor.csrf).attach('source_file', Buffer.from(bytes), name);
    const res = await (translation ? req.attach('translation_file', Buffer.from(translation), 'article.md') : req).expect(303);
    return Number(res.headers.location.split('/').pop());
  };

  it('a Markdown file\'s headings are heading elements in the reader and the HTML export, and survive an English edit', async () => {
    const id = await importFiles('artikel.md', MARKDOWN, ENGLISH);
    const stored = (await getDocument(ctx.db, id))!;
    expect(stored.source.map((p) => p.structure)).toEqual([{ kind: 'heading', level: 1 }, { kind: 'body' }, { kind: 'heading', level: 2 }, { kind: 'body' }]);

    const reader = (await editor.agent.get(`/documents/${id}`).expect(200)).text;
    expect(reader).toMatch(/<h2 class="heading"><span class="sent[^>]*>Jembatan Baru<\/span>\s*<\/h2>/);
    expect(reader).toMatch(/<h3 class="heading"><span class="sent[^>]*>Biaya pembangunan<\/span>\s*<\/h3>/);
    // A body paragraph stays a paragraph.
    expect(reader).toMatch(/<p><span class="sent[^>]*>Presiden meresmikan/);

    const html = (await editor.agent.get(`/documents/${id}/export/html`).expect(200)).text;
    expect(html).toContain('<td lang="id"><h2>Jembatan Baru</h2></td>');
    expect(html).toContain('<td lang="id"><h3>Biaya pembangunan</h3></td>');
    expect(html).toContain('<td lang="id">Presiden meresmikan jembatan baru di Kalimantan pada hari Senin.</td>');

    const edited = ENGLISH.replace('# New Bridge', 'New Bridge').replace('## Construction cost', 'What it cost');
    await request(ctx.app).put(`/api/documents/${id}/translation`).set('Authorization', token).send({ translation: edited }).expect(200);
    const after = (await getDocument(ctx.db, id))!;
    expect(after.source.map((p) => p.structure)).toEqual(stored.source.map((p) => p.structure));
    // English paragraphs that stay keep what they were; the heading whose text changed stays a heading.
    expect(stored.translation.map((p) => p.structure)).toEqual(stored.source.map((p) => p.structure));
    expect(after.translation.map((p) => p.structure)).toEqual(stored.translation.map((p) => p.structure));
    expect(after.translation.map((p) => p.text)).toContain('What it cost');
    const readerAfter = (await editor.agent.get(`/documents/${id}`).expect(200)).text;
    expect(readerAfter).toMatch(/<h3 class="heading"><span class="sent[^>]*>Biaya pembangunan<\/span>\s*<\/h3>/);
    expect(readerAfter).toContain('What it cost');

    const editPage = (await editor.agent.get(`/documents/${id}/edit`).expect(200)).text;
    expect(editPage).toContain('<h2 class="passage-heading" lang="id">Jembatan Baru</h2>');
    expect(editPage).toContain('<h3 class="passage-heading" lang="id">Biaya pembangunan</h3>');
  });

  it('an SRT file\'s cues keep their times, shown beside their passage in the reader', async () => {
    const id = await importFiles('rapat.srt', SRT);
    const stored = (await getDocument(ctx.db, id))!;
    expect(stored.source.map((p) => p.structure)).toEqual([
      { kind: 'cue', start: 1000, end: 3500 },
      { kind: 'cue', start: 62250, end: 65000 },
    ]);
    const reader = (await editor.agent.get(`/documents/${id}`).expect(200)).text;
    expect(reader).toMatch(/<p class="cue-time"><time>00:00:01\.000 → 00:00:03\.500<\/time><\/p><p><span class="sent[^>]*>Selamat pagi semuanya\./);
    expect(reader).toContain('<time>00:01:02.250 → 00:01:05.000</time>');
    const editPage = (await editor.agent.get(`/documents/${id}/edit`).expect(200)).text;
    expect(editPage).toContain('<p class="cue-time"><time>00:00:01.000 → 00:00:03.500</time></p>');
    const json = (await request(ctx.app).get(`/api/documents/${id}`).set('Authorization', token).expect(200)).body;
    expect(json.source.map((p: { structure: unknown }) => p.structure)).toEqual(stored.source.map((p) => p.structure));
  });

  it('pasted text stores body paragraphs, and the reader still finds headings by their shape', async () => {
    const id = await importFiles('artikel.txt', 'Latar Belakang\n\nPresiden meresmikan jembatan baru di Kalimantan pada hari Senin.');
    expect((await getDocument(ctx.db, id))!.source.map((p) => p.structure.kind)).toEqual(['body', 'body']);
    const reader = (await editor.agent.get(`/documents/${id}`).expect(200)).text;
    expect(reader).toMatch(/<p class="heading" role="heading" aria-level="2"><span class="sent[^>]*>Latar Belakang/);
  });
});
