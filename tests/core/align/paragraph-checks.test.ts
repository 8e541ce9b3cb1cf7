/**
 * Paragraph links split along the sentence links inside them: a paragraph
 * the translator dropped, joined by the paragraph level to a neighbour
 * whose translation runs long, is left unaligned again; links that the
 * sentence links hold together, locked links and parts that would come
 * out of order stay whole.
 */
import { describe, expect, it } from 'vitest';
import { alignDocument, type Link } from '../../../src/core/align';
import { flatten } from '../../../src/core/align/flat';
import { splitAlongSentences } from '../../../src/core/align/paragraph-checks';
import { en, expectValidAlignment, id, UNRELATED } from './fixtures';

const shapes = (links: Link[]) => links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

/** Links from `0+1:0` notation; `@0.15` after a link sets its confidence (0.9 otherwise). */
const links = (spec: string): Link[] =>
  spec.split(' ').filter(Boolean).map((s) => {
    const [shape, confidence] = s.split('@') as [string, string | undefined];
    const [source, target] = shape.split(':') as [string, string];
    const list = (x: string) => (x ? x.split('+').map(Number) : []);
    return { source: list(source), target: list(target), confidence: confidence ? Number(confidence) : 0.9 };
  });

/** A document of paragraphs with the given sentence counts; the texts do not matter here. */
const paragraphsOf = (sizes: string) => sizes.split(' ').map((n) => Array.from({ length: Number(n) }, () => 'x'));

/**
 * name; sentences per source and per target paragraph; paragraph links in;
 * sentence links; locked paragraph links; paragraph links out.
 */
const splitCases: [string, string, string, string, string, string, string][] = [
  ['a dropped paragraph whose sentences are all unaligned leaves a 2-1 link', '2 1 2', '2 2', '0:0 1+2:1', '0:0 1:1 2: 3:2 4:3', '', '0:0 1: 2:1'],
  ['a paragraph linked only by a weak sentence link is left unaligned', '2 2', '3', '0+1:0', '0:0 1:1 2+3:2@0.15', '', '0:0 1:'],
  ['a 3-2 link whose sentences pair the first paragraphs alone becomes 1-1 and 2-1', '1 1 1', '1 2', '0+1+2:0+1', '0:0 1:1 2:2', '', '0:0 1+2:1'],
  ['an added paragraph inside a link is split off on the English side too', '2', '2 1', '0:0+1', '0:0 1:1 :2', '', '0:0 :1'],
  ['a sentence link across the paragraphs holds the link together', '2 2', '3', '0+1:0', '0:0 1+2:1 3:2', '', '0+1:0'],
  ['parts that would come out of order keep the link whole', '1 1', '1 1', '0+1:0+1', '0:1 1:0', '', '0+1:0+1'],
  ['a part pairing paragraphs that are not next to each other keeps the link whole', '1 1 1', '1 1', '0+1+2:0+1', '0+2:0 1:1', '', '0+1+2:0+1'],
  ['a sentence link reaching into the next group, too weak to join it, still holds its own group together', '1 1', '1 1 1 1', '0:0+1 :2 1:3', '0:0+1+2@0.4 1:3', '', '0:0+1 :2 1:3'],
  ['of a sentence link reaching into the next group, only the paragraphs inside each group are held', '1 1 1', '1 1', '0+1:0 2:1', '0: 1+2:0+1@0.4', '', '0: 1:0 2:1'],
  ['a locked link is kept', '2 1 2', '2 2', '0:0 1+2:1', '0:0 1:1 2: 3:2 4:3', '1+2:1', '0:0 1+2:1'],
];

describe('splitAlongSentences', () => {
  it.each(splitCases)('%s', (_, sourceSizes, targetSizes, paragraphs, sentences, locked, expected) => {
    const source = paragraphsOf(sourceSizes);
    const target = paragraphsOf(targetSizes);
    const out = splitAlongSentences(links(paragraphs), links(sentences), flatten(source), flatten(target), links(locked));
    expect(shapes(out).join(' ')).toBe(expected);
    expectValidAlignment(out, source.length, target.length);
  });
});

interface DocumentCase { name: string; source: string[][]; target: string[][]; expected: string[] }

/** The English paragraph after the dropped one runs long (an added sentence), so its totals fit the dropped paragraph and its own together. */
const documentCases: DocumentCase[] = [
  {
    name: 'a dropped two-sentence paragraph beside one with two added sentences',
    source: [[id(0), id(1)], [id(2), id(3)], [id(4), id(5)], [id(6), id(7)]],
    target: [[en(0), en(1)], [en(4), en(5), UNRELATED[1]!, UNRELATED[0]!], [en(6), en(7)]],
    expected: ['0:0', '1:', '2:1', '3:2'],
  },
  {
    name: 'a dropped one-sentence paragraph beside one with an added sentence',
    source: [[id(0), id(1)], [id(2)], [id(4), id(5)], [id(6), id(7)]],
    target: [[en(0), en(1)], [en(4), en(5), UNRELATED[1]!], [en(6), en(7)]],
    expected: ['0:0', '1:', '2:1', '3:2'],
  },
];

describe('alignDocument splits paragraph links the sentences divide', () => {
  it.each(documentCases)('$name', (c) => {
    const result = alignDocument(c.source, c.target);
    expect(shapes(result.paragraphs)).toEqual(c.expected);
    expectValidAlignment(result.paragraphs, c.source.length, c.target.length);
  });
});

/**
 * One paragraph link of `count` paragraphs a side, `sentences` each (text that repeats
 * itself gets such links), whose sentence links pair every other paragraph with its
 * counterpart and leave the rest alone: the split gives `count` links.
 */
function longLink(count: number, sentences: number) {
  const source = flatten(Array.from({ length: count }, () => Array.from({ length: sentences }, () => 'x')));
  const target = flatten(Array.from({ length: count }, () => Array.from({ length: sentences }, () => 'y')));
  const all = Array.from({ length: count }, (_, k) => k);
  const sentenceLinks: Link[] = [];
  for (let k = 0; k < count; k += 2) {
    for (let s = 0; s < sentences; s++) sentenceLinks.push({ source: [k * sentences + s], target: [k * sentences + s], confidence: 0.9 });
  }
  return { paragraphs: [{ source: all, target: all, confidence: 0.9 }], sentenceLinks, source, target };
}

function cpuMsOfSplit(count: number): { ms: number; links: number } {
  const { paragraphs, sentenceLinks, source, target } = longLink(count, 4);
  const times: number[] = [];
  let links = 0;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    links = splitAlongSentences(paragraphs, sentenceLinks, source, target, []).length;
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  return { ms: times.sort((a, b) => a - b)[1]!, links };
}

describe('splitAlongSentences on a link of thousands of paragraphs', () => {
  it('does work linear in the sentences: four times the paragraphs take about four times as long, not sixteen', () => {
    // Compiling the code is paid before measuring; the constant work per paragraph is small, so the sizes are large.
    cpuMsOfSplit(2000);
    const small = cpuMsOfSplit(8000);
    const large = cpuMsOfSplit(32000);
    // Each paired paragraph becomes a link, and each paragraph left alone one of its own on each side.
    expect(large.links).toBe(32000 + 16000);
    expect(large.ms / small.ms, `${small.ms.toFixed(1)} ms for 8,000 paragraphs, ${large.ms.toFixed(1)} ms for 32,000`).toBeLessThan(10);
  });
});
