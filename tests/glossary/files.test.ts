import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompute, type Compute } from '../../src/compute/compute';
import { GlossaryFileError } from '../../src/core/glossary';
import type { Viewer } from '../../src/core/model';
import { importGlossaryFile } from '../../src/glossary/files';
import { readGlossaryFile } from '../../src/glossary/read-file';
import { countTerms } from '../../src/store/glossary';
import { makeTestApp, type TestContext } from '../support/app';

const editor: Viewer = { user: { id: 1, name: 'sari', role: 'editor' } };
const bytes = (text: string) => new TextEncoder().encode(text);

/** A CSV of `n` distinct terms, one line broken at `broken` (1-based term number) when asked. */
function csv(n: number, broken?: number): string {
  const lines = ['source,targets'];
  for (let i = 1; i <= n; i++) lines.push(i === broken ? `,orphan${i}` : `istilah${i},term${i}`);
  return `${lines.join('\n')}\n`;
}

describe('readGlossaryFile', () => {
  it('reads CSV and TBX, by the chosen format, the name or the content', () => {
    const tbx = '<?xml version="1.0"?><tbx type="TBX-Basic"><text><body><conceptEntry id="c1"><langSec xml:lang="id"><termSec><term>rapat</term></termSec></langSec><langSec xml:lang="en"><termSec><term>meeting</term></termSec></langSec></conceptEntry></body></text></tbx>';
    const base = { maxChars: 1_000_000, documentId: null };
    for (const [fileName, text, format] of [
      ['g.csv', csv(2), null],
      ['g.txt', csv(2), 'csv'],
      ['g.tbx', tbx, null],
      ['g', tbx, null],
    ] as const) {
      const read = readGlossaryFile({ ...base, bytes: bytes(text), fileName, format });
      expect(read.ok, fileName).toBe(true);
    }
    const read = readGlossaryFile({ ...base, bytes: bytes(tbx), fileName: 'g.tbx', format: null });
    expect(read.ok && read.terms.map((t) => [t.source, t.targets])).toEqual([['rapat', ['meeting']]]);
  });

  it('gives every problem of a bad file and no terms', () => {
    const read = readGlossaryFile({ bytes: bytes(csv(5, 3)), fileName: 'g.csv', format: null, maxChars: 1_000_000, documentId: null });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map((p) => p.line)).toEqual([4]);
  });
});

describe('importGlossaryFile on the compute pool', () => {
  let ctx: TestContext;
  let compute: Compute;
  beforeEach(async () => {
    ctx = await makeTestApp();
    // Every file goes to a worker thread here, however small.
    compute = createCompute({ threads: 1, inlineBelow: 0, nice: 0 });
  });
  afterEach(async () => {
    await compute.close();
    await ctx.close();
  });

  it('stores a file read in a worker, and refuses a bad one with its problems, storing nothing', async () => {
    const file = { bytes: bytes(csv(600)), fileName: 'big.csv', format: null, scope: '' };
    expect(await importGlossaryFile(ctx.db, editor, file, 10_000_000, compute)).toMatchObject({ added: 600, updated: 0 });
    const bad = { bytes: bytes(csv(600, 300).replace(/istilah/g, 'kata')), fileName: 'bad.csv', format: null, scope: '' };
    const refused = importGlossaryFile(ctx.db, editor, bad, 10_000_000, compute);
    await expect(refused).rejects.toBeInstanceOf(GlossaryFileError);
    await expect(refused).rejects.toMatchObject({ problems: [expect.objectContaining({ line: 301 })] });
    expect(await countTerms(ctx.db)).toBe(600);
  });

  it('refuses a binary file in the worker with the same error as on this thread', async () => {
    const file = { bytes: new Uint8Array([0x73, 0, 0x61]), fileName: 'x.csv', format: null, scope: '' };
    await expect(importGlossaryFile(ctx.db, editor, file, 10_000_000, compute)).rejects.toMatchObject({ kind: 'invalid', code: 'binary_file' });
  });
});
