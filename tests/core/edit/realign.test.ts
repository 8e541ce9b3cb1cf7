import { describe, expect, it } from 'vitest';
import { checkLinks, realignRange, replaceUnits } from '../../../src/core/edit/index';
import type { ConfirmedLink as EditableLink } from '../../../src/core/model';

const link = (source: number[], target: number[], confirmed = false): EditableLink => ({ source, target, confidence: 0.5, confirmed });
const show = (links: EditableLink[]) => links.map((l) => `${l.source.join(',')}-${l.target.join(',')}${l.confirmed ? '!' : ''}`).join('|');

const source = [
  'Presiden tiba di Jakarta pada hari Senin.',
  'Ia bertemu dengan 12 menteri.',
  'Rapat berlangsung selama tiga jam.',
  'Hasilnya diumumkan pada malam hari.',
];
const target = [
  'The president arrived in Jakarta on Monday.',
  'He met 12 ministers.',
  'The meeting lasted three hours.',
  'It was long.',
  'The results were announced in the evening.',
];

describe('realignRange', () => {
  it('re-aligns only the links touching the group and leaves the others as they were', () => {
    // English sentence 2 was saved as two sentences: 2 and 3; later sentences moved up by one.
    const before = [link([0], [0], true), link([1], [1]), link([2], [2]), link([3], [3])];
    const rough = replaceUnits(before, 'target', 2, 1, 2);
    expect(show(rough)).toBe('0-0!|1-1|2-2,3|3-4');
    const after = realignRange(rough, source, target, { source: [2, 3], target: [2, 3, 4] });
    expect(() => checkLinks(after, 4, 5)).not.toThrow();
    expect(show(after.slice(0, 2))).toBe('0-0!|1-1');
    expect(after.slice(2).flatMap((l) => l.target)).toEqual([2, 3, 4]);
    expect(after.find((l) => l.target.includes(4))?.source).toEqual([3]);
  });

  it('weighs the word pairs it is given, such as glossary terms', () => {
    // By its other words each English sentence answers the other Indonesian one; the pairs say otherwise.
    const id = ['Kemarin zorbak datang ke rumah kami.', 'Hari ini mirat pergi ke pasar.'];
    const en = ['Today the wombat went to the market.', 'Yesterday a dingo came to our house.'];
    const links = [link([0], [0]), link([1], [1])];
    const group = { source: [0, 1], target: [0, 1] };
    expect(show(realignRange(links, id, en, group))).toBe('-0|0-1|1-');
    const lexicon = new Map([['zorbak', ['wombat']], ['mirat', ['dingo']]]);
    expect(show(realignRange(links, id, en, group, { lexicon }))).toBe('0-0|1-1');
  });

  it('keeps confirmed links inside the group as they are', () => {
    const links = [link([0, 1], [0, 1], true), link([2], [2]), link([3], [3, 4])];
    const after = realignRange(links, source, target, { source: [0, 1, 2, 3], target: [0, 1, 2, 3, 4] });
    expect(after[0]).toEqual({ source: [0, 1], target: [0, 1], confidence: 1, confirmed: true });
    expect(() => checkLinks(after, 4, 5)).not.toThrow();
  });

  it('returns the links unchanged when nothing touches the group', () => {
    const links = [link([0], [0]), link([1], [1])];
    expect(realignRange(links, source, target, { source: [], target: [] })).toEqual(links);
  });
});
