import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/import/formats/pdf';
import { makePdf } from '../../support/format-files';

// A worker thread shows as the message port to it among the resources that keep this thread alive.
const workers = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;

describe('readPdf', () => {
  it('reads in a thread of its own, which has ended when the text is back', async () => {
    const pdf = await makePdf([{ text: 'Bab Satu', heading: true }, { text: 'Hujan turun di Jakarta sejak pagi hari ini.' }]);
    const before = workers();
    const reading = readPdf(pdf, 'source', 'hujan.pdf');
    expect(workers()).toBe(before + 1);
    const read = await reading;
    expect(read.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Bab Satu' },
      { kind: 'paragraph', text: 'Hujan turun di Jakarta sejak pagi hari ini.' },
    ]);
    expect(workers()).toBe(before);
  });

  it('ends the thread on a refusal too', async () => {
    const before = workers();
    await expect(readPdf(Buffer.from('%PDF-1.7\n1 0 obj\n<<'), 'source', 'rusak.pdf')).rejects.toMatchObject({ code: 'broken_pdf' });
    expect(workers()).toBe(before);
  });
});
