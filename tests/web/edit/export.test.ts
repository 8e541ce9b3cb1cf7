import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { editorApp } from '../../support/edit-fixture';

type Unit = Record<string, unknown> & { prop: { '@_type': string; '#text': string }[]; tuv: { '@_xml:lang': string; seg: string }[] };

const readUnits = (xml: string): Unit[] =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) }).parse(xml).tmx.body.tu;

/** What a unit says about the document: its texts and props, without dates and authors. */
const contentOf = (u: Unit) => ({ tuv: u.tuv.map((v) => [v['@_xml:lang'], v.seg]), prop: u.prop.map((p) => [p['@_type'], p['#text']]) });

const text = (res: request.Response) => (typeof res.body === 'string' ? res.body : res.text);
const asText = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    let data = '';
    res.on('data', (c: Buffer) => (data += c.toString('utf8')));
    res.on('end', () => cb(null, data));
  });

/** A TMX from another tool's point of view: one paragraph ends with English the Indonesian does not have. */
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><prop type="x-sejajar-paragraph">1</prop><tuv xml:lang="id"><seg>Hujan turun sejak pagi.</seg></tuv><tuv xml:lang="en-US"><seg>Rain has fallen since the morning.</seg></tuv></tu>
<tu><prop type="x-sejajar-paragraph">1</prop><tuv xml:lang="en-US"><seg>Translator's note: in Bogor.</seg></tuv></tu>
<tu><prop type="x-sejajar-paragraph">2</prop><prop type="x-sejajar-status">reviewed</prop><tuv xml:lang="id"><seg>Pasar tetap ramai.</seg></tuv><tuv xml:lang="en-US"><seg>The market stays busy.</seg></tuv></tu>
<tu><prop type="x-sejajar-paragraph">2</prop><prop type="x-sejajar-status">machine</prop><tuv xml:lang="id"><seg>Pedagang menjual sayur.</seg></tuv><tuv xml:lang="en-US"><seg>Traders sell vegetables.</seg></tuv></tu>
</body></tmx>`;

describe('TMX export', () => {
  let ctx: TestContext;
  let app: Express;
  let id: number;
  beforeAll(async () => {
    ctx = await makeTestApp();
    ({ app } = await editorApp(ctx, 'ratna'));
    id = (await request(app).post('/api/documents/tmx').set('content-type', 'application/xml').send(TMX).expect(201)).body.id;
    // A person confirms the second paragraph's first link, and edits and reviews its English.
    await request(app).post(`/api/documents/${id}/alignment`).send({ level: 'sentence', op: 'confirm', index: 2 }).expect(200);
    const doc = (await request(app).get(`/api/documents/${id}`).expect(200)).body;
    const busy = doc.translation.flatMap((p: { sentences: { id: number; text: string; version: number }[] }) => p.sentences).find((s: { text: string }) => s.text === 'The market stays busy.');
    await request(app).put(`/api/segments/${busy.id}`).send({ text: 'The market is still busy.', version: busy.version, status: 'reviewed' }).expect(200);
  });
  afterAll(() => ctx.close());

  const exportTmx = async (agent: Express, docId: number) => text(await asText(request(agent).get(`/api/documents/${docId}/export?format=tmx`)).expect(200));

  it('has no unit with English alone: the English joins the unit before it in its paragraph', async () => {
    const units = readUnits(await exportTmx(app, id));
    for (const u of units) expect(u.tuv[0]!['@_xml:lang']).toBe('id');
    expect(units[0]!.tuv.map((v) => v.seg)).toEqual(['Hujan turun sejak pagi.', "Rain has fallen since the morning. Translator's note: in Bogor."]);
  });

  it('numbers paragraphs from 1 as the CSV does, and carries statuses and confirmed links as props', async () => {
    const units = readUnits(await exportTmx(app, id));
    expect(units.map((u) => Object.fromEntries(u.prop.map((p) => [p['@_type'], p['#text']])))).toEqual([
      { 'x-sejajar-paragraph': '1', 'x-sejajar-status': 'draft' },
      { 'x-sejajar-paragraph': '2', 'x-sejajar-status': 'reviewed', 'x-sejajar-confirmed': 'yes' },
      { 'x-sejajar-paragraph': '2', 'x-sejajar-status': 'machine' },
    ]);
    const csv = text(await asText(request(app).get(`/api/documents/${id}/export?format=csv`)).expect(200));
    expect(csv.split('\r\n').slice(1, 4).map((row) => row.split(',')[1])).toEqual(['1', '1', '2']);
  });

  it('dates units from their revisions and names the authors to signed-in users only', async () => {
    const [first, edited] = readUnits(await exportTmx(app, id));
    expect(edited).toMatchObject({ '@_creationdate': expect.stringMatching(/^\d{8}T\d{6}Z$/), '@_changeid': 'ratna' });
    expect(edited!['@_changedate']! >= edited!['@_creationdate']!).toBe(true);
    expect(edited).not.toHaveProperty('@_creationid');
    expect(first).not.toHaveProperty('@_changeid');
    const anonymous = readUnits(text(await asText(request(ctx.app).get(`/documents/${id}/export/tmx`)).expect(200)));
    expect(anonymous[1]).toHaveProperty('@_changedate', edited!['@_changedate']);
    expect(anonymous[1]).not.toHaveProperty('@_changeid');
  });

  it('dates a unit changed by a review alone from that review, and names who gave it', async () => {
    const docId = (await request(app).post('/api/documents/tmx').set('content-type', 'application/xml').send(TMX).expect(201)).body.id;
    const doc = (await request(app).get(`/api/documents/${docId}`).expect(200)).body;
    const traders = doc.translation.flatMap((p: { sentences: { id: number; text: string; version: number }[] }) => p.sentences).find((s: { text: string }) => s.text === 'Traders sell vegetables.');
    expect(readUnits(await exportTmx(app, docId))[2]).not.toHaveProperty('@_changeid');
    await request(app).put(`/api/segments/${traders.id}`).send({ text: traders.text, version: traders.version, status: 'reviewed' }).expect(200);
    const after = readUnits(await exportTmx(app, docId))[2]!;
    expect(after).toMatchObject({ '@_changeid': 'ratna' });
    expect(after.prop.find((p) => p['@_type'] === 'x-sejajar-status')?.['#text']).toBe('reviewed');
  });

  it('round-trips: TMX → import → TMX keeps texts, paragraphs, links, statuses and confirmations', async () => {
    const importTmx = async (xml: string) => (await request(app).post('/api/documents/tmx').set('content-type', 'application/xml').send(xml).expect(201)).body.id as number;
    const links = async (docId: number) => (await request(app).get(`/api/documents/${docId}/alignment`).expect(200)).body.sentenceLinks
      .map((l: { source: number[]; target: number[]; confirmed: boolean }) => [l.source, l.target, l.confirmed]);
    const statuses = async (docId: number) => (await request(app).get(`/api/documents/${docId}`).expect(200)).body.translation
      .flatMap((p: { sentences: { status: string }[] }) => p.sentences.map((s) => s.status));

    const first = await exportTmx(app, id);
    const copy = await importTmx(first);
    const second = await exportTmx(app, copy);
    expect(readUnits(second).map(contentOf)).toEqual(readUnits(first).map(contentOf));
    expect(await links(copy)).toEqual([[[0], [0, 1], false], [[1], [2], true], [[2], [3], false]]);
    expect(await statuses(copy)).toEqual(['draft', 'draft', 'reviewed', 'machine']);

    const again = await importTmx(second);
    expect(await links(again)).toEqual(await links(copy));
    expect(await statuses(again)).toEqual(await statuses(copy));
  });
});
