/**
 * Both sides of an evaluation document through a file format and back: each
 * side rendered as a PDF, an EPUB or hard-wrapped text (tests/support/format-files.ts),
 * read by the product's own readers (src/import/formats), split into sentences
 * as an import splits them, aligned, and the links projected back onto the
 * original units so the same gold scores them.
 *
 * The projection follows the words: a format may move paragraph breaks, join
 * words it thinks were hyphenated or keep a running header, never reorder
 * words, so the words written and read back are matched in order (a diff),
 * and a unit read back stands for the original units its words came from.
 */
import { diffArrays } from 'diff';
import { alignDocument } from '../../../src/core/align';
import { readFile } from '../../../src/import/formats/index';
import { hardWrap, makeEpub, makePdf } from '../../support/format-files';
import { sentencesOf } from './corpus';

/**
 * `text`: plain text, paragraphs apart by blank lines (what a pasted import gets: the baseline the
 * formats compare with, as it splits sentences the way the product does rather than as the gold units
 * are given); `wrapped`: lines of 70 characters, paragraphs apart by a blank line (an e-mail);
 * `wrapped-flat`: no blank lines (text copied out of a PDF).
 */
export type Via = 'text' | 'pdf' | 'epub' | 'wrapped' | 'wrapped-flat';
export type Links = { source: number[]; target: number[]; confidence?: number }[];

async function roundTrip(paragraphs: string[], via: Via, lang: 'id' | 'en'): Promise<string[]> {
  const bytes =
    via === 'pdf'
      ? await makePdf(paragraphs.map((text) => ({ text })), { header: lang === 'id' ? 'Dokumen uji' : 'Test document', pageNumbers: true })
      : via === 'epub'
        ? makeEpub('x', [{ paragraphs }])
        : via === 'text'
          ? Buffer.from(paragraphs.join('\n\n'))
          : Buffer.from(hardWrap(paragraphs, 70, via === 'wrapped' ? '\n\n' : '\n'));
  const doc = await readFile({ bytes, name: `x.${via === 'pdf' || via === 'epub' ? via : 'txt'}`, field: 'source' });
  return doc.blocks.map((b) => b.text);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** For each unit read back, the original units its words came from; words a format added (a running header it kept) come from none. */
function projection(original: string[], back: string[]): number[][] {
  const owner: number[] = [];
  const originalWords: string[] = [];
  original.forEach((unit, u) => words(unit).forEach((w) => (owner.push(u), originalWords.push(w))));
  const backOwner: number[] = [];
  const backWords: string[] = [];
  back.forEach((unit, u) => words(unit).forEach((w) => (backOwner.push(u), backWords.push(w))));
  const units = back.map(() => new Set<number>());
  let i = 0;
  let j = 0;
  // A character the PDF font cannot draw comes back as '?': compare words with those masked.
  const mask = (w: string) => w.replace(/[^\x20-\x7e]/g, '?');
  for (const part of diffArrays(originalWords.map(mask), backWords.map(mask))) {
    const n = part.count ?? part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else for (let k = 0; k < n; k++, i++, j++) units[backOwner[j]!]!.add(owner[i]!);
  }
  return units.map((set) => [...set].sort((a, b) => a - b));
}

/** The links in original units; two links that become the same link count once. */
export function project(links: Links, source: number[][], target: number[][]): Links {
  const through = (units: number[], map: number[][]) => [...new Set(units.flatMap((u) => map[u] ?? []))].sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Links = [];
  for (const l of links) {
    const link = { source: through(l.source, source), target: through(l.target, target), confidence: l.confidence };
    const key = `${link.source}|${link.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(link);
  }
  return out;
}

/** Sejajar's links on the document after both sides went through `via`, in the original units. */
export async function alignThrough(source: string[][], target: string[][], via: Via): Promise<{ paragraphs: Links; sentences: Links }> {
  const [sourceBack, targetBack] = await Promise.all([
    roundTrip(source.map((p) => p.join(' ')), via, 'id'),
    roundTrip(target.map((p) => p.join(' ')), via, 'en'),
  ]);
  const sourceSentences = sourceBack.map((p) => sentencesOf(p, 'id'));
  const targetSentences = targetBack.map((p) => sentencesOf(p, 'en'));
  const aligned = alignDocument(sourceSentences, targetSentences);
  return {
    paragraphs: project(aligned.paragraphs, projection(source.map((p) => p.join(' ')), sourceBack), projection(target.map((p) => p.join(' ')), targetBack)),
    sentences: project(aligned.sentences, projection(source.flat(), sourceSentences.flat()), projection(target.flat(), targetSentences.flat())),
  };
}
