/**
 * A TMX file as translation memory only: its units with both an Indonesian and an English
 * segment, each with the Indonesian's roots (as sentences are stored, core/search/words.ts).
 * Units with one side empty carry nothing to offer and are left out. The text must already have
 * passed the intake (core/text/normalize.ts).
 */
import { rootText } from '../search/words';
import { parseTmx } from './tmx-parse';

export interface MemoryPair {
  source: string;
  target: string;
  roots: string;
}

export function memoryPairsFromTmx(xml: string): MemoryPair[] {
  return parseTmx(xml).units.flatMap((u) => {
    const [source, target] = [u.source.trim(), u.target.trim()];
    return source && target ? [{ source, target, roots: rootText(source) }] : [];
  });
}
