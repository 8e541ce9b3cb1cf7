import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/core/model';
import { saveSegment } from '../../src/editing/segment';
import { memoryMatches, searchLibrary } from '../../src/search/service';
import { insertDocument, type NewDocument } from '../../src/store/documents';
import { sideSentences } from '../../src/store/sentences';
import { makeTestDb, testDialect, type TestDb } from '../support/database';

const anonymous: Viewer = { user: null };
const editor: Viewer = { user: { id: 1, name: 'sari', role: 'editor' } };

/** One sentence pair per paragraph, linked one to one. */
function pairs(title: string, list: [string, string][], visibility: 'public' | 'private' = 'public'): NewDocument {
  return {
    title,
    visibility,
    source: list.map(([id]) => ({ text: id, sentences: [id] })),
    translation: list.map(([, en]) => ({ text: en, sentences: [en] })),
    translationOrigin: 'human',
    paragraphLinks: list.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
    sentenceLinks: list.map((_, i) => ({ source: [i], target: [i], confidence: 0.9 })),
  };
}

const attackNews: [string, string][] = [
  ['Pasukan itu menyerang kota.', 'The troops attacked the city.'],
  ['Serangan terjadi malam hari.', 'The attack came at night.'],
  ['Kota itu diserang lagi.', 'The city was attacked again.'],
  ['Penyerangan itu dikecam.', 'The assault was condemned.'],
  ['Hujan turun sepanjang hari.', 'Rain fell all day.'],
];

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe(`search and memory on ${testDialect()}`, () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await makeTestDb();
  });
  afterEach(() => t.close());

  it('finds every form built on a root, with its aligned English, marked on both sides', async () => {
    await insertDocument(
      t.db,
pairs('Berita', attackNews),
    );
    const result = await searchLibrary(t.db, anonymous, { q: 'serang', lang: 'id' });
    expect(result.hits.map((h) => text(h.parts))).toEqual([
      'Pasukan itu menyerang kota.',
      'Serangan terjadi malam hari.',
      'Kota itu diserang lagi.',
      'Penyerangan itu dikecam.',
    ]);
    expect(result.hits.map((h) => marked(h.parts))).toEqual([['menyerang'], ['Serangan'], ['diserang'], ['Penyerangan']]);
    expect(result.hits[0]!.partner.map(text)).toEqual(['The troops attacked the city.']);
    expect(marked(result.hits[0]!.partner[0]!)).toEqual(['attacked']);
    expect(marked(result.hits[3]!.partner[0]!)).toEqual(['assault']);
  });

  it('finds English by stem, phrases in order, and leaves out excluded words', async () => {
    await insertDocument(
      t.db,
pairs('Berita', attackNews.slice(0, 3)),
    );
    const english = await searchLibrary(t.db, anonymous, { q: 'attacking', lang: 'en' });
    expect(english.hits.map((h) => marked(h.parts))).toEqual([['attacked'], ['attack'], ['attacked']]);
    expect(marked(english.hits[1]!.partner[0]!)).toEqual(['Serangan']);
    const phrase = await searchLibrary(t.db, anonymous, { q: '"kota itu"', lang: 'id' });
    expect(phrase.hits.map((h) => text(h.parts))).toEqual(['Kota itu diserang lagi.']);
    const without = await searchLibrary(t.db, anonymous, { q: 'serang -kota', lang: 'id' });
    expect(without.hits.map((h) => text(h.parts))).toEqual(['Serangan terjadi malam hari.']);
    const prefix = await searchLibrary(t.db, anonymous, { q: 'sera*', lang: 'id' });
    expect(prefix.hits).toHaveLength(3);
  });

  it('shows private documents only to those who may see them', async () => {
    await insertDocument(t.db, pairs('Terbuka', [['Banjir melanda desa.', 'Floods hit the village.']]));
    await insertDocument(t.db, pairs('Rahasia', [['Banjir besar datang.', 'A great flood came.']], 'private'));
    expect((await searchLibrary(t.db, anonymous, { q: 'banjir', lang: 'id' })).hits.map((h) => h.title)).toEqual(['Terbuka']);
    expect((await searchLibrary(t.db, editor, { q: 'banjir', lang: 'id' })).hits.map((h) => h.title)).toEqual(['Terbuka', 'Rahasia']);
  });

  it('keeps the index current when English is edited', async () => {
    const id = await insertDocument(t.db, pairs('Berita', [['Hujan turun.', 'Rain fell.']]));
    const [sentence] = await sideSentences(t.db, id, 'en');
    await saveSegment(t.db, { sentenceId: sentence!.id, text: 'Showers fell.', version: sentence!.version }, 'sari');
    expect((await searchLibrary(t.db, anonymous, { q: 'rain', lang: 'en' })).hits).toHaveLength(0);
    expect((await searchLibrary(t.db, anonymous, { q: 'shower', lang: 'en' })).hits).toHaveLength(1);
  });

  it('pages through many hits', async () => {
    const list = Array.from({ length: 60 }, (_, i): [string, string] => [`Rapat ke-${i} dimulai.`, `Meeting ${i} began.`]);
    await insertDocument(t.db, pairs('Rapat', list));
    const first = await searchLibrary(t.db, anonymous, { q: 'mulai', lang: 'id' });
    expect(first.hits).toHaveLength(50);
    expect(first.next).not.toBeNull();
    const second = await searchLibrary(t.db, anonymous, { q: 'mulai', lang: 'id', after: first.next! });
    expect(second.hits).toHaveLength(10);
    expect(second.next).toBeNull();
  });

  it('offers reviewed pairs that resemble the sentence, best first, with what differs', async () => {
    const id = await insertDocument(
      t.db,
      pairs('Memori', [
        ['Presiden mengunjungi kota Bandung kemarin.', 'The president visited Bandung yesterday.'],
        ['Presiden mengunjungi kota Medan.', 'The president visited Medan.'],
        ['Harga beras naik lagi.', 'Rice prices rose again.'],
      ]),
    );
    const english = await sideSentences(t.db, id, 'en');
    // Only the first two pairs are reviewed; the third is no memory yet.
    for (const s of english.slice(0, 2)) await saveSegment(t.db, { sentenceId: s.id, text: s.text, version: s.version, status: 'reviewed' }, 'sari');
    const offers = await memoryMatches(t.db, editor, 'Presiden mengunjungi kota Bandung hari ini.');
    expect(offers.map((o) => [o.score, o.target])).toEqual([
      [67, 'The president visited Bandung yesterday.'],
      [50, 'The president visited Medan.'],
    ]);
    expect(offers[0]!.difference.filter((d) => d.kind !== 'same').map((d) => [d.kind, d.text.trim()])).toEqual([
      ['removed', 'hari ini'],
      ['added', 'kemarin'],
    ]);
    expect(await memoryMatches(t.db, editor, 'Harga beras naik lagi.')).toEqual([]);
  });
});
