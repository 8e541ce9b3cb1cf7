import { afterAll, describe, expect, it } from 'vitest';
import { createCompute } from '../../src/compute/compute';
import { FormatError } from '../../src/import/formats/blocks';
import { makeEpub, makePdf } from '../support/format-files';

describe('readSide in a worker thread', () => {
  const compute = createCompute({ threads: 1, inlineBelow: 0 });
  afterAll(() => compute.close());

  it('reads a file there while this thread goes on turning', async () => {
    const epub = makeEpub('Buku', [{ title: 'Bab 1', paragraphs: ['Satu dua tiga.', 'Empat lima enam.'] }]);
    let turns = 0;
    let pending = true;
    const spin = () => {
      if (!pending) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const read = await compute.run('readSide', { kind: 'file', bytes: epub, name: 'buku.epub', side: 'source' });
    pending = false;
    expect(read.text).toBe('Bab 1\n\nSatu dua tiga.\n\nEmpat lima enam.');
    expect(read.document.chapters).toEqual([0]);
    expect(turns).toBeGreaterThan(1);
  });

  it('brings a refusal back as the FormatError it was, with its localised message key', async () => {
    const scan = await makePdf([]);
    const refused = await compute.run('readSide', { kind: 'file', bytes: scan, name: 'pindaian.pdf', side: 'translation' }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(FormatError);
    expect(refused).toMatchObject({ code: 'pdf_no_text', field: 'translation', messageKey: 'formats:pdf_no_text', params: { file: 'pindaian.pdf' } });
  });

  it('reads pasted text, rejoining hard-wrapped lines unless asked to keep them', async () => {
    const wrapped = Array.from({ length: 8 }, (_, i) => `Baris nomor ${i + 1} dari surat yang dipotong pada lebar tetap oleh program`).join('\n');
    const joined = await compute.run('readSide', { kind: 'text', text: wrapped, side: 'source' });
    expect(joined.document.blocks).toHaveLength(1);
    const kept = await compute.run('readSide', { kind: 'text', text: wrapped, side: 'source', options: { keepLines: true } });
    expect(kept.document.blocks).toHaveLength(8);
  });
});
