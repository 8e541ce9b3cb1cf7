import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSegment } from '../../src/editing/segment';
import { createTerm } from '../../src/store/glossary';
import { DEFAULT_TERM } from '../../src/core/glossary';
import { makeTestApp, type TestContext } from '../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../support/auth';
import { expectPageConventions } from '../support/page-conventions';

const markers = (html: string) => (html.match(/<span class="term-missing" role="note">/g) ?? []).length;

describe('glossary in the reader', () => {
  let ctx: TestContext;
  // Reading is open; every change needs a signed-in editor.
  let editor: EditorClient;
  beforeAll(async () => {
    ctx = await makeTestApp({ seed: true });
    editor = editorClient(await signedInAgent(ctx));
  });
  afterAll(() => ctx.close());

  const web = () => editor;

  it('marks terms on both sides, with hints that work without scripts', async () => {
    const res = await web().get('/documents/1').expect(200);
    expect(res.text).toMatch(/<span class="sent" tabindex="0" id="id-0" data-link="0">Intisari-online.com/);
    expect(res.text).toMatch(/<mark class="term" tabindex="0" data-term="\d+" data-terms="\d+" data-build="di- \+ serang" title="serangan → attack, assault · built as di- \+ serang">diserang<\/mark>/);
    expect(res.text).toMatch(/<mark class="term" tabindex="0" data-term="\d+" data-terms="\d+" title="pasukan keamanan → security forces">security forces<\/mark>/);
    expect(res.text).toContain('/assets/glossary.js');
    expect(res.text).toContain('id="term-popover" class="term-popover" role="tooltip" hidden');
    expect(res.text).toMatch(/<div class="term-def" data-term="\d+">\s*<dt lang="id">serangan<\/dt>/);
    expectPageConventions(res.text);
  });

  it('pairs a term only with equivalents in the linked English sentence', async () => {
    const res = await web().get('/documents/1').expect(200);
    const english = res.text.match(/<span class="sent" tabindex="0" id="en-0"[^>]*>[\s\S]*?<\/span>(?= |<)/)![0];
    const indonesian = res.text.match(/<span class="sent" tabindex="0" id="id-0"[^>]*>[\s\S]*?<\/span>(?= |<)/)![0];
    const ids = (html: string) => new Set([...html.matchAll(/data-term="(\d+)"/g)].map((m) => m[1]));
    expect(ids(english).size).toBeGreaterThan(0);
    for (const id of ids(english)) expect(ids(indonesian)).toContain(id);
  });

  it('finds no gaps in the faithful sample translation', async () => {
    const res = await web().get('/documents/1').expect(200);
    expect(markers(res.text)).toBe(0);
    expect(res.text).not.toContain('class="term-check-summary"');
    expect((await web().get('/').expect(200)).text).toContain('No gaps');
  });

  it('marks an English sentence that drops an approved term, and the library count follows', async () => {
    const sentence = await ctx.db.selectFrom('sentences').select(['id', 'text', 'version']).where('lang', '=', 'en').where('text', 'like', '%security forces%').executeTakeFirstOrThrow();
    // Through the one write path, so the document's revision (what the reader's cache keys on) moves.
    await saveSegment(ctx.db, { sentenceId: sentence.id, text: sentence.text.replace('security forces', 'police'), version: sentence.version }, null);
    const res = await web().get('/documents/1').expect(200);
    expect(markers(res.text)).toBe(1);
    expect(res.text).toContain('<span class="term-missing-flag" aria-hidden="true">⚑</span> Glossary: no equivalent here for pasukan keamanan → security forces</span>');
    // The marker follows the edited sentence, before the next one.
    const after = res.text.slice(res.text.indexOf('police'));
    expect(after.indexOf('class="term-missing"')).toBeLessThan(after.indexOf('class="sent'));
    expect(res.text).toContain('1 approved term is not rendered by its equivalents in the English.');
    expect((await web().get('/').expect(200)).text).toContain('1 missing term');
  });

  it('updates the check when the glossary changes, and escapes terms in the reader', async () => {
    await createTerm(ctx.db, { ...DEFAULT_TERM, source: 'Rusia', targets: ['<b>Russia</b>'], note: '<script>alert(1)</script>' });
    const res = await web().get('/documents/1').expect(200);
    expect(res.text).toContain('Rusia → &lt;b&gt;Russia&lt;/b&gt;');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toContain('<b>Russia</b>');
    const missing = res.text.match(/no equivalents? here for [^<]*/g) ?? [];
    expect(missing.some((m) => m.includes('Rusia'))).toBe(true);
    expect((await web().get('/').expect(200)).text).toMatch(/\d+ missing terms/);
    expectPageConventions(res.text);
  });
});
