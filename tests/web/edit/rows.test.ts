import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../../support/auth';
import { longDocument } from '../../support/long-document';

const PARAGRAPHS = 120;

/** The passages (data-group) and links (data-index) a fragment of the edit page holds, in order. */
const numbers = (html: string, attribute: 'data-group' | 'data-index') =>
  [...html.matchAll(new RegExp(`<(?:section|div) [^>]*${attribute}="(\\d+)"`, 'g'))].map((m) => Number(m[1]));

describe('the edit page in parts, and changes answered with the passages to render again', () => {
  let ctx: TestContext;
  let editor: EditorClient;
  let id: number;

  beforeAll(async () => {
    ctx = await makeTestApp();
    editor = editorClient(await signedInAgent(ctx));
    id = await importDocument(ctx.db, longDocument(PARAGRAPHS), ctx.config);
  });
  afterAll(() => ctx.close());

  const revisionOf = (html: string) => Number(/data-revision="(\d+)"/.exec(html)?.[1]);
  const groupCount = async () => (await editor.get(`/api/documents/${id}/alignment`).expect(200)).body.paragraphLinks.length as number;

  it('renders the first passages and links to the next ones', async () => {
    const page = await editor.get(`/documents/${id}/edit`).expect(200);
    const groups = numbers(page.text, 'data-group');
    expect(groups[0]).toBe(0);
    expect(groups.length).toBeLessThan(PARAGRAPHS / 2);
    expect(page.text).toContain(`href="/documents/${id}/edit?from=${groups.length}"`);
  });

  it('answers a range of passages as fragments, cut to the document', async () => {
    const rows = await editor.get(`/documents/${id}/edit/rows?from=40&to=45`).expect(200);
    expect(rows.body).toMatchObject({ from: 40, to: 45, groupCount: await groupCount() });
    expect(numbers(rows.body.html, 'data-group')).toEqual([40, 41, 42, 43, 44]);
    const end = await editor.get(`/documents/${id}/edit/rows?from=${PARAGRAPHS - 2}&to=100000`).expect(200);
    expect(end.body.to).toBe(end.body.groupCount);
    const junk = await editor.get(`/documents/${id}/edit/rows?from=abc&to=-3`).expect(200);
    expect(junk.body).toMatchObject({ from: 0, to: 0 });
    expect(numbers(junk.body.html, 'data-group')).toEqual([]);
  });

  it('keeps the rows and the edit page for editors; a hidden or missing document is not found', async () => {
    await request(ctx.app).get(`/documents/${id}/edit/rows?from=0&to=5`).expect(303);
    await editor.get(`/documents/999999/edit/rows?from=0&to=5`).expect(404);
  });

  it('answers a link merge with that passage only, and undo with it back; the passages after it keep their shapes', async () => {
    const page = await editor.get(`/documents/${id}/edit`).expect(200);
    const revision = revisionOf(page.text);
    const merged = await editor.post(`/api/documents/${id}/alignment`).send({ level: 'sentence', op: 'merge', index: 2, revision }).expect(200);
    expect(merged.body).toMatchObject({ canUndo: true, canRedo: false, rows: { reset: false, removed: 1, groupShift: 0, linkShift: -1 } });
    const { rows } = merged.body;
    expect(rows.revision).toBe(revision + 1);
    expect(numbers(rows.html, 'data-group')).toEqual([rows.from]);
    expect(numbers(rows.html, 'data-index')).toContain(2);

    const undone = await editor.post(`/api/documents/${id}/alignment/undo`).send({ revision: rows.revision }).expect(200);
    expect(undone.body).toMatchObject({ canRedo: true, rows: { reset: false, from: rows.from, removed: 1, groupShift: 0, linkShift: 1, revision: revision + 2 } });
  });

  it('answers a passage merge with one passage for two, and everything after moves up by one', async () => {
    const before = await groupCount();
    const revision = revisionOf((await editor.get(`/documents/${id}/edit`).expect(200)).text);
    const merged = await editor.post(`/api/documents/${id}/alignment`).send({ level: 'paragraph', op: 'merge', index: 5, revision }).expect(200);
    expect(merged.body.rows).toMatchObject({ reset: false, from: 5, removed: 2, groupShift: -1, groupCount: before - 1 });
    expect(numbers(merged.body.rows.html, 'data-group')).toEqual([5]);
    await editor.post(`/api/documents/${id}/alignment/undo`).send({ revision: merged.body.rows.revision }).expect(200);
  });

  it('asks the page to render again when it does not know the page revision, or the page sends none', async () => {
    const unknown = await editor.post(`/api/documents/${id}/alignment`).send({ level: 'sentence', op: 'confirm', index: 0, revision: 1 }).expect(200);
    expect(unknown.body.rows).toMatchObject({ reset: true });
    const none = await editor.post(`/api/documents/${id}/alignment/undo`).expect(200);
    expect(none.body.rows).toMatchObject({ reset: true, groupCount: await groupCount() });
  });

  it('answers a save that splits a sentence with its passage; a plain save stays as small as before', async () => {
    const page = await editor.get(`/documents/${id}/edit`).expect(200);
    const revision = revisionOf(page.text);
    const [, segmentId, version] = /class="segment" data-id="(\d+)" data-version="(\d+)"/.exec(page.text)!;
    const plain = await editor.put(`/api/segments/${segmentId}`).send({ text: 'One sentence only.', version: Number(version), revision }).expect(200);
    expect(plain.body.rows).toBeUndefined();
    const split = await editor
      .put(`/api/segments/${segmentId}`)
      .send({ text: 'Now two sentences. Here is the second.', version: plain.body.version, revision: revision + 1 })
      .expect(200);
    expect(split.body.added).toHaveLength(1);
    // The plain save's revision was never rendered here, so this page is told to render again.
    expect(split.body.rows).toMatchObject({ reset: true });
    expect((await editor.get(`/documents/${id}/edit/rows?from=0&to=3`).expect(200)).body.html).toContain('Here is the second.');
  });
});
