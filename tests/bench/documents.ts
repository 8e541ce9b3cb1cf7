/** Long benchmark documents: edited pseudo-articles from the evaluation data, concatenated until the wanted size. */
import { concatenate, floresDocuments, floresPairs, nusaxDocuments, nusaxPairs, type GoldDocument } from '../eval/lib/corpus';
import { editDocument } from '../eval/lib/edits';
import { seededRandom } from '../eval/lib/rng';

export function longDocument(units: number, seed = 7): GoldDocument {
  const random = seededRandom(seed);
  const flores = floresPairs();
  const nusax = nusaxPairs();
  const pool = nusax.map((p) => p.en);
  const docs: GoldDocument[] = [];
  let count = 0;
  while (count < units) {
    for (const d of [...floresDocuments(flores, random, 10), ...nusaxDocuments(nusax, random, 10)]) {
      const edited = editDocument(d, random, pool).doc;
      docs.push(edited);
      count += edited.source.reduce((n, p) => n + p.length, 0);
      if (count >= units) break;
    }
  }
  return concatenate(`long-${units}`, docs);
}

/** The document as flat unit lists (sentences), trimmed to `units` source units. */
export function flatUnits(doc: GoldDocument, units: number): { source: string[]; target: string[] } {
  const source = doc.source.flat().slice(0, units);
  const target = doc.target.flat().map((s) => s.text).slice(0, Math.round(units * 0.98));
  return { source, target };
}
