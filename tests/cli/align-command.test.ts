import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAlignCommand } from '../../src/cli/align-command';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('') };
}

function files(source: string, target: string): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'sejajar-align-'));
  writeFileSync(join(dir, 'id.txt'), source);
  writeFileSync(join(dir, 'en.txt'), target);
  return [join(dir, 'id.txt'), join(dir, 'en.txt')];
}

describe('sejajar align', () => {
  it('prints only the links as JSON with --units lines --json', async () => {
    const [id, en] = files('Rusia mengirim 2.500 tentara.\n\nHarga gas naik dua kali lipat.\n', 'Russia sent 2,500 troops.\nThe price of gas doubled.\n');
    const out = capture();
    expect(await runAlignCommand([id, en, '--units', 'lines', '--json'], out.stream)).toBe(0);
    const parsed = JSON.parse(out.text()) as { links: { source: number[]; target: number[]; confidence: number }[] };
    expect(Object.keys(parsed)).toEqual(['links']);
    expect(parsed.links.map((l) => [l.source, l.target])).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('prints a readable table without --json', async () => {
    const [id, en] = files('Rusia mengirim 2.500 tentara.\n', 'Russia sent 2,500 troops.\n');
    const out = capture();
    expect(await runAlignCommand([id, en, '--units=lines'], out.stream)).toBe(0);
    expect(out.text()).toMatch(/^1-1 +\d\.\d\d +Rusia mengirim 2\.500 tentara\. +\| Russia sent 2,500 troops\./);
  });

  it('rejects bad arguments', async () => {
    const out = capture();
    expect(await runAlignCommand(['only-one-file'], out.stream)).toBe(2);
    expect(await runAlignCommand(['a', 'b', '--units', 'words'], out.stream)).toBe(2);
    expect(out.text()).toBe('');
  });
});
