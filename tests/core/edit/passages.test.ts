import { describe, expect, it } from 'vitest';
import { mergeWithNext, passagesFollowingSentences, splitLink, changeBetween } from '../../../src/core/edit/index';
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
