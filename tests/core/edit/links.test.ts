import { describe, expect, it } from 'vitest';
import {
  changeBetween,
  applyChange,
  checkLinks,
  defaultSplit,
  mergeWithNext,
  moveUnit,
  replaceUnits,
  revertChange,
  setConfirmed,
  splitLink,
} from '../../../src/core/edit/index';
import type { ConfirmedLink as EditableLink } from '../../../src/core/model';

/** "0,1-0|2-1,2|-3" → links; a trailing ! marks a confirmed link. */
function parse(spec: string): EditableLink[] {
  return spec.split('|').map((part) => {
    const confirmed = part.endsWith('!');
    const [s, t] = part.replace('!', '').split('-');
    const units = (x: string) => (x === '' ? [] : x.split(',').map(Number));
    return { source: units(s), target: units(t), confidence: 1, confirmed };
  });
}
const show = (links: EditableLink[]) =>
  links.map((l) => `${l.source.join(',')}-${l.target.join(',')}${l.confirmed ? '!' : ''}`).join('|');

describe('link operations', () => {
  const cases: [string, string, (l: EditableLink[]) => EditableLink[], string][] = [
    ['merge two 1-1 links', '0-0|1-1|2-2', (l) => mergeWithNext(l, 0), '0,1-0,1|2-2'],
    ['merge a dropped sentence into the next link', '0-|1-0', (l) => mergeWithNext(l, 0), '0,1-0'],
    ['merge drops the confirmation', '0-0!|1-1!', (l) => mergeWithNext(l, 0), '0,1-0,1'],
    ['split 2-2 into 1-1 and 1-1', '0,1-0,1', (l) => splitLink(l, 0, 1, 1), '0-0|1-1'],
    ['split 2-1 keeping the target first', '0,1-0|2-1', (l) => splitLink(l, 0, 1, 1), '0-0|1-|2-1'],
    ['split 1-2 with all source in the tail', '0-0,1', (l) => splitLink(l, 0, 0, 1), '-0|0-1'],
    ['move the first source unit back', '0-0|1,2-1', (l) => moveUnit(l, 1, 'source', 'first'), '0,1-0|2-1'],
    ['move the last target unit on', '0-0,1|1-2', (l) => moveUnit(l, 0, 'target', 'last'), '0-0|1-1,2'],
    ['a move that empties a link removes it', '0-0|1-', (l) => moveUnit(l, 1, 'source', 'first'), '0,1-0'],
    ['moving the only unit of one side leaves the other', '0-0|1-1', (l) => moveUnit(l, 1, 'target', 'first'), '0-0,1|1-'],
    ['confirm', '0-0|1-1', (l) => setConfirmed(l, 1, true), '0-0|1-1!'],
    ['unconfirm', '0-0!', (l) => setConfirmed(l, 0, false), '0-0'],
  ];

  it.each(cases)('%s', (_name, before, op, after) => {
    const links = parse(before);
    const result = op(links);
    expect(show(result)).toBe(after);
    const count = (side: 'source' | 'target') => links.flatMap((l) => l[side]).length;
    expect(() => checkLinks(result, count('source'), count('target'))).not.toThrow();
    expect(show(links)).toBe(before);
  });

  const refusals: [string, string, (l: EditableLink[]) => EditableLink[], string][] = [
    ['merging the last link', '0-0', (l) => mergeWithNext(l, 0), 'no_next_link'],
    ['a missing link', '0-0', (l) => setConfirmed(l, 3, true), 'no_such_link'],
    ['a split with an empty part', '0-0', (l) => splitLink(l, 0, 1, 1), 'bad_split'],
    ['a split outside the link', '0,1-0', (l) => splitLink(l, 0, 3, 0), 'bad_split'],
    ['moving before the first link', '0-0|1-1', (l) => moveUnit(l, 0, 'source', 'first'), 'no_neighbour'],
    ['moving from an empty side', '0-|1-0', (l) => moveUnit(l, 0, 'target', 'last'), 'nothing_to_move'],
  ];
  it.each(refusals)('refuses %s', (_name, before, op, code) => {
    expect(() => op(parse(before))).toThrow(expect.objectContaining({ code }));
  });

  it.each([
    ['0-0|1-1', 2, 2, true],
    ['0-0|2-1', 3, 2, false],
    ['1-0|0-1', 2, 2, false],
    ['0-0|-', 1, 1, false],
    ['0-0', 1, 2, false],
  ] as const)('checkLinks %s over %i/%i sentences: valid=%s', (spec, s, t, valid) => {
    const check = () => checkLinks(parse(spec), s, t);
    if (valid) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'invalid_links' }));
  });

  it.each([
    ['0,1-0,1', { sourceCount: 1, targetCount: 1 }],
    ['0-0', { sourceCount: 1, targetCount: 0 }],
    ['-0,1', { sourceCount: 0, targetCount: 1 }],
  ])('defaultSplit of %s', (spec, expected) => {
    expect(defaultSplit(parse(spec)[0])).toEqual(expected);
  });
});

describe('undo records', () => {
  const before = parse('0-0|1-1|2-2|3-3');
  const after = mergeWithNext(before, 1);

  it('keep only the changed range', () => {
    const change = changeBetween(before, after);
    expect(change.start).toBe(1);
    expect(show(change.before)).toBe('1-1|2-2');
    expect(show(change.after)).toBe('1,2-1,2');
  });

  it('apply and revert back to the same lists', () => {
    const change = changeBetween(before, after);
    expect(show(revertChange(after, change)!)).toBe(show(before));
    expect(show(applyChange(before, change)!)).toBe(show(after));
  });

  it('refuse to revert when the range changed since', () => {
    const change = changeBetween(before, after);
    const later = setConfirmed(after, 1, true);
    expect(revertChange(later, change)).toBeNull();
  });
});

describe('replaceUnits', () => {
  it.each([
    ['one target sentence becomes three', '0-0|1-1|2-2', 1, 1, 3, '0-0|1-1,2,3|2-4'],
    ['two target sentences become one', '0-0|1-1|2-2', 1, 2, 1, '0-0|1-1|2-'],
    ['a whole link side removed', '0-0|-1|1-2', 1, 1, 0, '0-0|1-1'],
  ] as const)('%s', (_name, before, from, oldCount, newCount, after) => {
    expect(show(replaceUnits(parse(before), 'target', from, oldCount, newCount))).toBe(after);
  });
});
