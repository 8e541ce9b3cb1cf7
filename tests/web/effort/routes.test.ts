import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSegment } from '../../../src/editing/segment';
import { sideSentences } from '../../../src/store/sentences';
import { makeTestApp, type TestContext } from '../../support/app';
import { signedInAgent, type SignedIn } from '../../support/auth';
import { insertSentencePairs } from '../../support/sentence-pairs';

/** A document whose English came from the machine, one sentence per pair. */
const machineDocument = (ctx: TestContext, title: string, pairs: [string, string][], visibility: 'public' | 'private' = 'public') =>
  insertSentencePairs(ctx.db, title, pairs, { origin: 'machine', visibility });

describe('post-editing effort in the library, as CSV and as a progress chart', () => {
  let ctx: TestContext;
  let editor: SignedIn;
  let open: number;
  let hidden: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = await signedInAgent(ctx, { name: 'sari' });
    open = await machineDocument(ctx, 'Cuaca', [
      ['Hujan turun deras.', 'The rain fall hard.'],
      ['Pasar tetap ramai.', 'Market stay busy.'],
    ]);
    // A title a spreadsheet would run as a formula.
    hidden = await machineDocument(ctx, '=HYPERLINK("http://x")', [['Kota itu sepi.', 'Town is quiet.']], 'private');
    const [first, second] = await sideSentences(ctx.db, open, 'en');
    await saveSegment(ctx.db, { sentenceId: first!.id, text: 'The rain fell hard.', version: first!.version }, '@sari', new Date('2026-03-01T10:00:00Z'));
    await saveSegment(ctx.db, { sentenceId: second!.id, text: second!.text, version: second!.version, status: 'reviewed' }, '@sari', new Date('2026-03-02T10:00:00Z'));
  });
  afterAll(() => ctx.close());

  it('shows the share of machine English changed per document in the library, private ones to signed-in users only', async () => {
    const anonymous = await request(ctx.app).get('/').expect(200);
    expect(anonymous.text).toContain(`<a href="/documents/${open}/effort" title="1 of 7 machine words changed">14%</a>`);
    expect(anonymous.text).not.toContain(`/documents/${hidden}/effort`);
    const signedIn = await editor.agent.get('/').expect(200);
    expect(signedIn.text).toContain(`<a href="/documents/${hidden}/effort" title="0 of 3 machine words changed">0%</a>`);
    const indonesian = await request(ctx.app).get('/').query({ lng: 'id' }).expect(200);
    expect(indonesian.text).toContain('Bahasa Inggris mesin diubah');
  });

  it('downloads effort per document and per editor as CSV, every cell guarded, editors and private documents for signed-in viewers only', async () => {
    const anonymous = await request(ctx.app).get('/effort.csv').expect(200);
    expect(anonymous.headers['content-type']).toContain('text/csv');
    expect(anonymous.headers['content-disposition']).toContain('effort.csv');
    expect(anonymous.text).toBe(
      'document,title,editor,sentences,edited,machine_words,words_changed,percent_changed,revisions\r\n' + `${open},Cuaca,,2,1,7,1,14,\r\n`,
    );
    const signedIn = await editor.agent.get('/effort.csv').expect(200);
    const lines = signedIn.text.trimEnd().split('\r\n');
    expect(lines).toContain(`${open},Cuaca,'@sari,,,,1,,1`);
    expect(lines).toContain(`${hidden},"'=HYPERLINK(""http://x"")",,1,0,3,0,0,`);
    const selected = await editor.agent.get('/effort.csv').query({ documents: `${hidden},abc,99999` }).expect(200);
    expect(selected.text.trimEnd().split('\r\n')).toHaveLength(2);
    expect(selected.text).not.toContain('Cuaca');
  });

  it('draws the review progress per day as plain bars, and hides a private document as a missing one', async () => {
    const page = await request(ctx.app).get(`/documents/${open}/effort`).expect(200);
    expect(page.text).toContain('14% of the machine English was changed: 1 of 7 words; 1 of 2 sentences edited.');
    expect(page.text).toContain('<time datetime="2026-03-01">');
    expect(page.text).toContain('<progress max="2" value="1" aria-label="1 of 2 sentences worked on">');
    expect(page.text).toContain('<progress max="2" value="2" aria-label="2 of 2 sentences worked on">');
    expect(page.text).not.toContain('<script>');
    expect(page.text).not.toContain('style=');
    // The editor's name is for signed-in viewers.
    expect(page.text).not.toContain('@sari');
    expect((await editor.agent.get(`/documents/${open}/effort`).query({ lng: 'id' }).expect(200)).text).toContain('Kemajuan peninjauan');
    await request(ctx.app).get(`/documents/${hidden}/effort`).expect(404);
    await request(ctx.app).get('/documents/99999/effort').expect(404);
    await editor.agent.get(`/documents/${hidden}/effort`).expect(200);
  });
});
