import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILE_LIMITS } from '../../../src/import/formats/blocks';
import { readFile } from '../../../src/import/formats/index';
import { unpackEntries } from '../../../src/import/formats/zip';
import { makeDocx, makeEpub } from '../../support/format-files';

const read = (bytes: Uint8Array, name: string) => readFile({ bytes, name, field: 'source' });

describe('archives within limits', () => {
  it('refuses an EPUB whose text entries unpack past the limit (a zip bomb), before unpacking them', async () => {
    const bomb = new Uint8Array(DEFAULT_FILE_LIMITS.maxUnpackedBytes + 1).fill(0x61);
    const epub = makeEpub('Bom', [{ paragraphs: ['x'] }], { 'OEBPS/text/c0.xhtml': [bomb, { level: 1 }] });
    expect(epub.length).toBeLessThan(1024 * 1024);
    await expect(read(epub, 'bom.epub')).rejects.toMatchObject({ code: 'archive_too_large', kind: 'too_large' });
  });

  it('never unpacks an entry past the size its header declares', () => {
    const zip = zipSync({ 'word/document.xml': [strToU8('<w>'.repeat(1_000_000)), { level: 9 }] });
    // Declare 100 bytes in the central directory and the local header, as a bomb built to slip past a size check does.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.length - 22 - (46 + 'word/document.xml'.length);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, 100, true);
    view.setUint32(22, 100, true);
    let unpacked: Map<string, Uint8Array> | undefined;
    try {
      unpacked = unpackEntries(zip, () => true, 'source', 'lie.docx');
    } catch (err) {
      expect(err).toMatchObject({ code: 'broken_archive' });
    }
    if (unpacked) expect(unpacked.get('word/document.xml')!.length).toBeLessThanOrEqual(100);
  });

  it('refuses an archive with more entries than the limit', async () => {
    const files: Zippable = {};
    for (let i = 0; i <= DEFAULT_FILE_LIMITS.maxEntries; i++) files[`OEBPS/img/${i}.png`] = [new Uint8Array(1), { level: 0 }];
    await expect(read(makeEpub('Banyak', [{ paragraphs: ['x'] }], files), 'banyak.epub')).rejects.toMatchObject({ code: 'too_many_entries' });
  });

  it.each([
    ['a truncated EPUB', () => makeEpub('Rusak', [{ paragraphs: ['Satu dua tiga.'] }]).subarray(0, 200), 'rusak.epub', 'broken_archive'],
    ['random bytes named .docx', () => new Uint8Array(3000).fill(7), 'acak.docx', 'broken_archive'],
    ['an EPUB without its container', () => zipSync({ mimetype: strToU8('application/epub+zip'), 'a.xhtml': strToU8('<p>x</p>') }), 'kosong.epub', 'broken_epub'],
    ['a ZIP without a Word document in it', () => zipSync({ 'x.xml': strToU8('<x/>') }), 'bukan.docx', 'broken_docx'],
  ])('refuses %s', async (_name, make, name, code) => {
    await expect(read(make(), name)).rejects.toMatchObject({ code, params: { file: name } });
  });

  it('reads a Word file without its images, styles or notes parts', async () => {
    const docx = makeDocx([{ text: 'Satu paragraf saja.' }], { 'word/media/image1.png': new Uint8Array(5000) });
    expect((await read(docx, 'd.docx')).blocks).toEqual([{ kind: 'paragraph', text: 'Satu paragraf saja.' }]);
  });
});
