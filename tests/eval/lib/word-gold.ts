/**
 * The hand-aligned word links of the sample article (gold/sample-words.gold.txt) and the
 * alignment error rate of Och and Ney: with A the links a system proposes, S the sure and
 * P the possible gold links (S ⊆ P), AER = 1 − (|A∩S| + |A∩P|) / (|A| + |S|).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GoldPair {
  source: string;
  target: string;
  sure: Set<string>;
  possible: Set<string>;
}

export const GOLD_FILE = fileURLToPath(new URL('../gold/sample-words.gold.txt', import.meta.url));

export function readWordGold(file = GOLD_FILE): GoldPair[] {
  const pairs: GoldPair[] = [];
  let source: string | null = null;
  let target: string | null = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('id: ')) source = line.slice(4);
    else if (line.startsWith('en: ')) target = line.slice(4);
    else if (line.startsWith('links: ')) {
      if (source === null || target === null) throw new Error(`links without their sentences: ${line}`);
      const sure = new Set<string>();
      const possible = new Set<string>();
      for (const link of line.slice(7).trim().split(/\s+/)) {
        const m = /^(\d+)([-?])(\d+)$/.exec(link);
        if (!m) throw new Error(`not a link: ${link}`);
        const key = `${m[1]}-${m[3]}`;
        possible.add(key);
        if (m[2] === '-') sure.add(key);
      }
      pairs.push({ source, target, sure, possible });
      source = target = null;
    }
  }
  return pairs;
}

export interface WordScores {
  proposed: number;
  sure: number;
  precision: number;
  recall: number;
  aer: number;
}

export function wordScores(gold: readonly GoldPair[], proposed: readonly Set<string>[]): WordScores {
  let a = 0, s = 0, aAndS = 0, aAndP = 0;
  gold.forEach((g, i) => {
    const links = proposed[i]!;
    a += links.size;
    s += g.sure.size;
    for (const l of links) {
      if (g.sure.has(l)) aAndS++;
      if (g.possible.has(l)) aAndP++;
    }
  });
  return { proposed: a, sure: s, precision: a ? aAndP / a : 0, recall: s ? aAndS / s : 0, aer: a + s ? 1 - (aAndS + aAndP) / (a + s) : 0 };
}
