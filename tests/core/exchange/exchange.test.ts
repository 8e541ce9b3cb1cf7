import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildBilingualHtml,
  buildDelimited,
  buildTmx,
  documentFromTmx,
  parseTmx,
  tmxUnits,
  type ExchangeDocument,
} from '../../../src/core/exchange/index';

const doc: ExchangeDocument = {
  title: 'Harga "cabai" & <bawang>',
  titleEn: 'Prices',
  targetLang: 'en-GB',
  pairs: [
    { group: 0, source: ['Harga cabai naik.', 'Petani senang.'], target: ['Chilli prices rose, and farmers are "happy".'], confidence: 0.9, confirmed: true },
    { group: 0, source: ['Pembeli <mengeluh>.'], target: ['Buyers complain & worry.'], confidence: 0.7, confirmed: false },
    { group: 1, source: ['=SUM(A1)'], target: [], confidence: 1, confirmed: false },
    { group: 1, source: [], target: ['An added\tline.'], confidence: 1, confirmed: false },
  ],
};
const options = { creationTool: 'Sejajar', creationToolVersion: '0.1.0', now: new Date('2026-03-04T05:06:07.890Z') };

/** What a unit without Sejajar's structure props reads as: body text, no chapter. */
const PLAIN = { structure: { kind: 'body' }, chapters: { source: null, target: null } } as const;

describe('TMX builder', () => {
  const xml = buildTmx(doc, options);
  const tree = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) }).parse(xml);

  it('writes the header CAT tools look for', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(tree.tmx['@_version']).toBe('1.4');
    expect(tree.tmx.header).toMatchObject({
      '@_srclang': 'id',
      '@_adminlang': 'en-US',
      '@_datatype': 'plaintext',
      '@_segtype': 'sentence',
      '@_o-tmf': 'Sejajar',
      '@_creationtool': 'Sejajar',
      '@_creationtoolversion': '0.1.0',
      '@_creationdate': '20260304T050607Z',
    });
  });

  it('writes one unit per link with id and the target language variants, escaped', () => {
    const units = tree.tmx.body.tu;
    expect(units).toHaveLength(3);
    expect(units[0].tuv.map((v: Record<string, string>) => [v['@_xml:lang'], v.seg])).toEqual([
      ['id', 'Harga cabai naik. Petani senang.'],
      ['en-GB', 'Chilli prices rose, and farmers are "happy".'],
    ]);
    expect(xml).toContain('Pembeli &lt;mengeluh&gt;.');
    expect(xml).not.toContain('<mengeluh>');
  });

  it('writes no unit with English alone: such English joins the unit before it in its paragraph', () => {
    const units = tree.tmx.body.tu;
    for (const unit of units) expect(unit.tuv[0]['@_xml:lang']).toBe('id');
    expect(units[2].tuv.map((v: Record<string, string>) => v.seg)).toEqual(['=SUM(A1)', 'An added\tline.']);
  });

  it('numbers paragraphs from 1 and writes the status and a confirmed link as props', () => {
    const props = tree.tmx.body.tu.map((u: { prop: Record<string, string>[] }) => Object.fromEntries(u.prop.map((p) => [p['@_type'], String(p['#text'])])));
    expect(props).toEqual([
      { 'x-sejajar-paragraph': '1', 'x-sejajar-confirmed': 'yes' },
      { 'x-sejajar-paragraph': '1' },
      { 'x-sejajar-paragraph': '2' },
    ]);
    const withStatus = buildTmx({ ...doc, pairs: [{ ...doc.pairs[0]!, status: 'reviewed' }] }, options);
    expect(withStatus).toContain('<prop type="x-sejajar-status">reviewed</prop>');
  });

  it('dates a unit and names its authors from the first and latest revision of its sentences', () => {
    const pair = {
      ...doc.pairs[0]!,
      created: { at: '2026-01-02T03:04:05.000Z', author: 'ratna' },
      changed: { at: '2026-02-03T04:05:06.000Z', author: 'budi <b>' },
    };
    const out = buildTmx({ ...doc, pairs: [pair, { ...doc.pairs[1]!, created: { at: '2026-01-02T03:04:05.000Z', author: null }, changed: { at: '2026-01-02T03:04:05.000Z', author: null } }] }, options);
    const units = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'tu' }).parse(out).tmx.body.tu;
    expect(units[0]).toMatchObject({ '@_creationdate': '20260102T030405Z', '@_creationid': 'ratna', '@_changedate': '20260203T040506Z', '@_changeid': 'budi <b>' });
    expect(units[1]['@_creationdate']).toBe('20260102T030405Z');
    expect(units[1]).not.toHaveProperty('@_creationid');
    expect(units[1]).not.toHaveProperty('@_changeid');
  });

  it('drops characters XML cannot hold', () => {
    const out = buildTmx({ ...doc, pairs: [{ group: 0, source: ['Bel\u0007 berbunyi.'], target: ['A bell.'], confidence: 1, confirmed: false }] }, options);
    expect(out).toContain('<seg>Bel berbunyi.</seg>');
  });
});

describe('TMX parser', () => {
  it('reads back what the builder wrote', () => {
    const parsed = parseTmx(buildTmx(doc, options));
    expect(parsed.title).toBe(doc.title);
    expect(parsed.titleEn).toBe('Prices');
    expect(parsed.targetLang).toBe('en-GB');
    expect(parsed.units).toEqual([
      { source: 'Harga cabai naik. Petani senang.', target: 'Chilli prices rose, and farmers are "happy".', group: 1, status: null, confirmed: true, ...PLAIN },
      { source: 'Pembeli <mengeluh>.', target: 'Buyers complain & worry.', group: 1, status: null, confirmed: false, ...PLAIN },
      { source: '=SUM(A1)', target: 'An added line.', group: 2, status: null, confirmed: false, ...PLAIN },
    ]);
  });

  it('reads TMX from other tools: lang attribute, region subtags, inline codes', () => {
    const xml = `<?xml version="1.0"?><tmx version="1.4"><header srclang="id-ID" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
      <body><tu><tuv xml:lang="id-ID"><seg>Ini <bpt i="1">&lt;b&gt;</bpt>tebal<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv lang="EN-us"><seg>This is <hi>bold</hi>.</seg></tuv><tuv xml:lang="fr"><seg>Gras.</seg></tuv></tu></body></tmx>`;
    expect(parseTmx(xml)).toEqual({ title: null, titleEn: null, targetLang: 'EN-us', units: [{ source: 'Ini tebal.', target: 'This is bold.', group: null, status: null, confirmed: false, ...PLAIN }] });
  });

  it.each([
    ['broken XML', '<tmx><body><tu></body></tmx>', 'tmx_invalid'],
    ['another XML format', '<?xml version="1.0"?><html><body/></html>', 'tmx_not_tmx'],
    ['no Indonesian', '<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>Hi.</seg></tuv></tu></body></tmx>', 'tmx_no_indonesian'],
    ['entity declarations', '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx><body/></tmx>', 'tmx_entities'],
  ])('refuses %s', (_name, xml, code) => {
    expect(() => parseTmx(xml)).toThrow(expect.objectContaining({ code }));
  });
});

describe('documentFromTmx', () => {
  it('makes one sentence link per unit and one paragraph per group', () => {
    const parts = documentFromTmx(parseTmx(buildTmx({ ...doc, pairs: [...doc.pairs.slice(0, 2), { ...doc.pairs[2]!, group: 2 }, doc.pairs[3]!] }, options)));
    expect(parts.source.map((p) => p.sentences)).toEqual([['Harga cabai naik.', 'Petani senang.', 'Pembeli <mengeluh>.'], ['=SUM(A1)']]);
    expect(parts.translation.map((p) => p.sentences)).toEqual([
      ['Chilli prices rose, and farmers are "happy".', 'Buyers complain & worry.'],
      ['An added line.'],
    ]);
    expect(parts.sentenceLinks.map((l) => [l.source, l.target, l.confirmed ?? false])).toEqual([
      [[0, 1], [0], true],
      [[2], [1], false],
      [[3], [2], false],
    ]);
    expect(parts.paragraphLinks.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('gives every English sentence the status of its unit', () => {
    const pairs = [{ ...doc.pairs[0]!, status: 'reviewed' as const }, { ...doc.pairs[1]!, status: 'machine' as const }, doc.pairs[2]!];
    expect(documentFromTmx(parseTmx(buildTmx({ ...doc, pairs }, options))).translationStatuses).toEqual(['reviewed', 'machine']);
  });
});

describe('tmxUnits', () => {
  const pair = (group: number, source: string[], target: string[]) => ({ group, source, target, confidence: 1, confirmed: false });
  const texts = (pairs: ReturnType<typeof tmxUnits>) => pairs.map((p) => [p.group, p.source.join(' '), p.target.join(' ')]);

  it.each([
    ['joins the unit before it in the same paragraph', [pair(0, ['A.'], ['A.']), pair(0, [], ['Note.'])], [[0, 'A.', 'A. Note.']]],
    ['else the unit after it in the same paragraph', [pair(0, ['A.'], ['A.']), pair(1, [], ['Note.']), pair(1, ['B.'], ['B.'])],
      [[0, 'A.', 'A.'], [1, 'B.', 'Note. B.']]],
    ['an added English paragraph joins the paragraph before', [pair(0, ['A.'], ['A.']), pair(1, [], ['Note.']), pair(2, ['B.'], ['B.'])],
      [[0, 'A.', 'A. Note.'], [2, 'B.', 'B.']]],
    ['English before any Indonesian joins the first unit', [pair(0, [], ['Note.']), pair(1, ['A.'], ['A.'])], [[1, 'A.', 'Note. A.']]],
    ['Indonesian alone stays a unit', [pair(0, ['A.'], []), pair(0, ['B.'], ['B.'])], [[0, 'A.', ''], [0, 'B.', 'B.']]],
  ])('English without Indonesian %s', (_d, pairs, expected) => {
    expect(texts(tmxUnits(pairs))).toEqual(expected);
  });
});

describe('CSV and TSV builders', () => {
  it('quotes CSV fields by RFC 4180 and guards formulas', () => {
    const lines = buildDelimited(doc, ',').split('\r\n');
    expect(lines[0]).toBe('link,paragraph,id,en,confidence,confirmed,kind,start,end');
    expect(lines[1]).toBe('1,1,Harga cabai naik. Petani senang.,"Chilli prices rose, and farmers are ""happy"".",0.90,yes,body,,');
    expect(lines[3]).toBe("3,2,'=SUM(A1),,1.00,no,body,,");
    expect(lines[5]).toBe('');
  });

  it('keeps TSV rows on one line with no tabs inside fields', () => {
    const rows = buildDelimited(doc, '\t').replace(/\r\n$/, '').split('\r\n').map((l) => l.split('\t'));
    expect(rows.map((r) => r.length)).toEqual(rows.map(() => 9));
    expect(rows[4][3]).toBe('An added line.');
    expect(rows[2][2]).toBe('Pembeli <mengeluh>.');
  });
});

describe('bilingual HTML', () => {
  const html = buildBilingualHtml(doc, { lang: 'en', source: 'Indonesian', translation: 'English', generator: 'Sejajar' });

  it('escapes every text and carries no script or outside resource', () => {
    expect(html).toContain('<title>Harga &quot;cabai&quot; &amp; &lt;bawang&gt;</title>');
    expect(html).toContain('Pembeli &lt;mengeluh&gt;.');
    expect(html).not.toMatch(/<script|<link|src=|@import/i);
  });

  it('has one table body per paragraph group and one row per link', () => {
    expect(html.match(/<tbody/g)).toHaveLength(2);
    expect(html.match(/<tr><td/g)).toHaveLength(4);
    expect(html).toContain('<td lang="en-GB">Buyers complain &amp; worry.</td>');
  });
});

describe('structure in the exports', () => {
  const structured: ExchangeDocument = { ...doc, groupStructures: [{ kind: 'heading', level: 2 }, { kind: 'cue', start: 1000, end: 62500 }] };

  it('CSV names each pair\'s kind, and a cue\'s times', () => {
    const lines = buildDelimited(structured, ',').split('\r\n');
    expect(lines[1]!.endsWith(',yes,h2,,')).toBe(true);
    expect(lines[3]).toBe("3,2,'=SUM(A1),,1.00,no,cue,00:00:01.000,00:01:02.500");
  });

  it('TMX carries a kind prop and a cue prop where the paragraph is not body text', () => {
    const tree = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) }).parse(buildTmx(structured, options));
    const props = (tu: { prop: { '@_type': string; '#text': string }[] }) => Object.fromEntries(tu.prop.map((p) => [p['@_type'], String(p['#text'])]));
    const units = tree.tmx.body.tu;
    expect(props(units[0])['x-sejajar-kind']).toBe('h2');
    expect(props(units[units.length - 1])).toMatchObject({ 'x-sejajar-kind': 'cue', 'x-sejajar-cue': '00:00:01.000 → 00:01:02.500' });
    expect(props(tree.tmx.body.tu[0])['x-sejajar-cue']).toBeUndefined();
    // A document without stored structure writes no kind props.
    expect(buildTmx(doc, options)).not.toContain('x-sejajar-kind');
  });

  it('HTML puts headings in heading elements under the title, and cue times before the text', () => {
    const html = buildBilingualHtml(structured, { lang: 'en', source: 'Indonesian', translation: 'English', generator: 'Sejajar' });
    expect(html).toContain('<td lang="id"><h3>Harga cabai naik. Petani senang.</h3></td>');
    expect(html).toContain('<td lang="id"><time class="cue">00:00:01.000 → 00:01:02.500</time>=SUM(A1)</td>');
  });
});
