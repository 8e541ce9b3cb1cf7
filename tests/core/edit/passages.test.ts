import { describe, expect, it } from 'vitest';
import { changeBetween, mergeWithNext, passagesFollowingSentences, passagesFollowingWithin, sentencesFollowingPassages, splitLink } from '../../../src/core/edit/index';
import type { ConfirmedLink } from '../../../src/core/model';

/**
 * Links written as `0,1-0` (Indonesian units, a dash, English units), `!` for
 * confirmed; passages are paragraph links, sentence links hold sentence positions.
 */
const links = (text: string): ConfirmedLink[] =>
  text.split(' ').map((l) => {
    const confirmed = l.endsWith('!');
    const [s, t] = l.replace('!', '').split('-');
    const units = (x: string) => (x ? x.split(',').map(Number) : []);
    return { source: units(s), target: units(t), confidence: 0.5, confirmed };
  });
const show = (ls: ConfirmedLink[]) => ls.map((l) => `${l.source.join(',')}-${l.target.join(',')}${l.confirmed ? '!' : ''}`).join(' ');

/** Follows a sentence edit the way the editing service does: over the range the edit changed. */
function follow(passages: string, before: ConfirmedLink[], after: ConfirmedLink[], paragraphOf: { source: number[]; target: number[] }, cut: boolean) {
  const change = changeBetween(before, after);
  return show(passagesFollowingSentences(links(passages), after, paragraphOf, { start: change.start, count: change.after.length }, { cut }));
}

describe('passages following their sentence links', () => {
  // Indonesian paragraphs 0, 1 (sentences 0-1, 2); English paragraphs 0, 1 (sentences 0, 1-2).
  // The translator left Indonesian paragraph 1 out and added English paragraph 1.
  const paragraphOf = { source: [0, 0, 1], target: [0, 1, 1] };
  const passages = '0-0 1- -1';
  const sentences = links('0-0 1- 2- -1 -2');

  it('joins the two passages an English-only and an Indonesian-only sentence merged across', () => {
    const merged = mergeWithNext(sentences, 2);
    expect(show(merged)).toBe('0-0 1- 2-1 -2');
    expect(follow(passages, sentences, merged, paragraphOf, false)).toBe('0-0 1-1');
  });

  it('cuts the passage again when the merge is split back, and only there', () => {
    const merged = mergeWithNext(sentences, 2);
    const split = splitLink(merged, 2, 1, 0);
    expect(follow('0-0 1-1', merged, split, paragraphOf, true)).toBe('0-0 1- -1');
  });

  it('keeps a passage that a paragraph of either side holds together', () => {
    // Two Indonesian paragraphs the translator wrote as one English paragraph: sentence 1 of English paragraph 0 faces each.
    const twoToOne = { source: [0, 1], target: [0, 0] };
    const before = links('0,1-0,1');
    const after = splitLink(before, 0, 1, 1);
    expect(follow('0,1-0', before, after, twoToOne, true)).toBe('0,1-0');
  });

  it('leaves a confirmed passage whole and keeps its confirmation when a merge enlarges it', () => {
    const merged = mergeWithNext(sentences, 2);
    expect(follow('0-0 1-! -1', sentences, merged, paragraphOf, false)).toBe('0-0 1-1!');
    const split = splitLink(merged, 2, 1, 0);
    expect(follow('0-0 1-1!', merged, split, paragraphOf, true)).toBe('0-0 1-1!');
  });

  it('keeps passages the edit does not reach as they were, confidence and all', () => {
    const merged = mergeWithNext(sentences, 2);
    const out = passagesFollowingSentences(links(passages), merged, paragraphOf, { start: 2, count: 1 });
    expect(out[0]).toEqual({ source: [0], target: [0], confidence: 0.5, confirmed: false });
    expect(out[1]).toEqual({ source: [1], target: [1], confidence: 1, confirmed: false });
  });

  it('joins every passage between the two a sentence link reaches', () => {
    const far = { source: [0, 1, 2], target: [0, 1, 2] };
    const before = links('0-0 1-1 2-2');
    const after = links('0-0 1,2-1,2');
    // Sentence 1 (paragraph 1) and 2 (paragraph 2) now share a link: passages 1 and 2 join, passage 0 stays.
    expect(follow('0-0 1-1 2-2', before, after, far, false)).toBe('0-0 1,2-1,2');
  });

  it('joins along a chain: a sentence link already crossing into the joined passages brings its own passage too', () => {
    const straight = { source: [0, 1, 2, 3], target: [0, 1, 2, 3] };
    // The aligner left sentence 0 of the English in passage 0 and sentence 1 in passage 1, both facing Indonesian sentence 0.
    const before = links('0-0,1 1- 2-2 3-3');
    const merged = mergeWithNext(before, 1);
    expect(show(merged)).toBe('0-0,1 1,2-2 3-3');
    expect(follow('0-0 1-1 2-2 3-3', before, merged, straight, false)).toBe('0,1,2-0,1,2 3-3');
  });
});

describe('passages following sentence links, knowing only the paragraphs near the change', () => {
  /** A small seeded generator, so a failure names the case that shows it. */
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  /** Random in-order links over `a` and `b` units, each taking 0 to 2 of each side and never none of both. */
  function randomLinks(next: () => number, a: number, b: number): ConfirmedLink[] {
    const out: ConfirmedLink[] = [];
    let i = 0;
    let j = 0;
    while (i < a || j < b) {
      let s = Math.min(a - i, Math.floor(next() * 3));
      const t = Math.min(b - j, Math.floor(next() * 3));
      if (s + t === 0) s = i < a ? 1 : 0;
      const link = { source: Array.from({ length: s }, (_, k) => i + k), target: Array.from({ length: t + (s + t === 0 ? 1 : 0) }, (_, k) => j + k), confidence: 0.5, confirmed: next() < 0.1 };
      i += link.source.length;
      j += link.target.length;
      out.push(link);
    }
    return out;
  }

  it('agrees with the answer that knows every paragraph whenever it gives one', () => {
    let answered = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const paragraphs = { source: 20 + Math.floor(next() * 20), target: 20 + Math.floor(next() * 20) };
      const passages = randomLinks(next, paragraphs.source, paragraphs.target);
      // Each paragraph holds one to three sentences.
      const paragraphOf = { source: [] as number[], target: [] as number[] };
      for (const side of ['source', 'target'] as const) {
        for (let p = 0; p < paragraphs[side]; p++) for (let k = 1 + Math.floor(next() * 3); k > 0; k--) paragraphOf[side].push(p);
      }
      // Sentence links inside each passage, as the aligner leaves them, so only the edit crosses passages.
      const before: ConfirmedLink[] = [];
      const offset = { source: 0, target: 0 };
      for (const passage of passages) {
        const count = (side: 'source' | 'target') => paragraphOf[side].filter((p) => passage[side].includes(p)).length;
        const inner = randomLinks(next, count('source'), count('target'));
        before.push(...inner.map((l) => ({ ...l, source: l.source.map((u) => u + offset.source), target: l.target.map((u) => u + offset.target) })));
        offset.source += count('source');
        offset.target += count('target');
      }
      // A few sentence links the aligner let reach into the next passage.
      for (let k = Math.floor(next() * 12); k > 0 && before.length > 2; k--) before.splice(0, before.length, ...mergeWithNext(before, Math.floor(next() * (before.length - 1))));
      const at = Math.floor(next() * (before.length - 1));
      const merge = next() < 0.5;
      const link = before[at];
      const cut = { source: Math.floor(next() * (link.source.length + 1)), target: Math.floor(next() * (link.target.length + 1)) };
      const splittable = cut.source + cut.target > 0 && cut.source + cut.target < link.source.length + link.target.length;
      if (!merge && !splittable) continue;
      const after = merge ? mergeWithNext(before, at) : splitLink(before, at, cut.source, cut.target);
      const change = changeBetween(before, after);
      const changed = { start: change.start, count: change.after.length };
      const margin = 1 + Math.floor(next() * 6);
      const known = { from: Math.max(0, changed.start - margin), to: Math.min(after.length, changed.start + changed.count + margin) };
      const partial = { source: [] as number[], target: [] as number[] };
      for (const link of after.slice(known.from, known.to)) {
        for (const u of link.source) partial.source[u] = paragraphOf.source[u];
        for (const u of link.target) partial.target[u] = paragraphOf.target[u];
      }
      const full = passagesFollowingSentences(passages, after, paragraphOf, changed, { cut: !merge });
      const within = passagesFollowingWithin(passages, after, partial, changed, known, { cut: !merge });
      if (within === null) continue;
      answered++;
      expect(show(within), `seed ${seed}`).toBe(show(full));
    }
    // Many cases are answered from a few links around the change (the editing service knows 64 on each side).
    expect(answered).toBeGreaterThan(25);
  });
});

describe('sentence links following their passages', () => {
  // Indonesian paragraphs 0 (sentences 0, 1) and 1 (sentence 2); English the same.
  const paragraphOf = { source: [0, 0, 1], target: [0, 0, 1] };

  it('cuts a sentence link a passage split left in two passages, one part in each', () => {
    const sentences = links('0-0 1,2-1,2');
    expect(show(sentencesFollowingPassages(sentences, links('0-0 1-1'), paragraphOf))).toBe('0-0 1-1 2-2');
    // An Indonesian part in the second passage facing an English part in the first: each goes alone, in order.
    expect(show(sentencesFollowingPassages(links('0-0 1- 2-1 -2'), links('0-0 1-1'), paragraphOf))).toBe('0-0 1- -1 2- -2');
  });

  it('leaves links alone while each lies inside one passage', () => {
    const sentences = links('0-0 1,2-1,2');
    expect(sentencesFollowingPassages(sentences, links('0,1-0,1'), paragraphOf)).toEqual(sentences);
  });
});
