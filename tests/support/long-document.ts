import fs from 'node:fs';
import path from 'node:path';

const SEEDS = path.join(import.meta.dirname, '../../seeds');

function paragraphs(file: string): string[] {
  return fs
    .readFileSync(path.join(SEEDS, file), 'utf8')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && p !== 'Penulis');
}

/**
 * A long document made of the sample article's paragraphs over and over, each copy numbered so no two
 * passages read alike: real Indonesian and English sentences, with the sample's merged and split
 * paragraphs, as a translator's long report would have. `count` is the number of Indonesian paragraphs.
 */
export function longDocument(count: number): { title: string; source: string; translation: string } {
  const id = paragraphs('intisari-csto-kazakhstan.id.txt');
  const en = paragraphs('intisari-csto-kazakhstan.en.txt');
  const source: string[] = [];
  const translation: string[] = [];
  for (let copy = 1; source.length < count; copy++) {
    const room = count - source.length;
    const ids = id.slice(0, room);
    // The English of a shortened last copy keeps the same share of its paragraphs.
    const ens = en.slice(0, Math.ceil((en.length * ids.length) / id.length));
    source.push(...ids.map((p, i) => (i === 0 ? `Bagian ${copy}. ${p}` : p)));
    translation.push(...ens.map((p, i) => (i === 0 ? `Part ${copy}. ${p}` : p)));
  }
  return { title: `Dokumen panjang (${count} paragraf)`, source: source.join('\n\n'), translation: translation.join('\n\n') };
}
