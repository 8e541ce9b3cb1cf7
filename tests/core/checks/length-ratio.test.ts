import { describe, expect, it } from 'vitest';
import { checkLengthRatios, ratioScale } from '../../../src/core/checks/length-ratio';
import type { CheckPair } from '../../../src/core/checks/types';

const SOURCE = 'Pedagang di pasar pagi menjual sayur dan buah segar.';
const NORMAL = 'Traders at the morning market sell fresh vegetables and fruit.';
const links = (targets: string[], source = SOURCE): CheckPair[] => targets.map((t, link) => ({ link, source: [source], target: [t] }));
const flagged = (pairs: CheckPair[]) => checkLengthRatios(pairs).map((f) => f.link);

describe('checkLengthRatios', () => {
  const cases: [string, CheckPair[], number[]][] = [
    ['a document of ordinary links', links(Array(20).fill(NORMAL)), []],
    ['one link far too short', links([...Array(19).fill(NORMAL), 'Traders.']), [19]],
    ['one link far too long', links([...Array(19).fill(NORMAL), `${NORMAL} ${NORMAL} ${NORMAL}`]), [19]],
    ['a wordy translator throughout is not flagged', links(Array(20).fill(`${NORMAL} Indeed, every single morning.`)), []],
    ['a short document measured against about one', links([NORMAL, 'Traders.']), [1]],
    ['short Indonesian is left alone', links([...Array(19).fill(NORMAL), 'Yes, certainly, with great pleasure, my friend.'].map((t) => t), 'Ya.'), []],
    ['omissions are not measured', [...links(Array(19).fill(NORMAL)), { link: 19, source: [SOURCE], target: [] }], []],
  ];
  it.each(cases)('%s', (_name, pairs, expected) => {
    expect(flagged(pairs)).toEqual(expected);
  });

  it('gives the ratio found and the document\'s own', () => {
    const [finding] = checkLengthRatios(links([...Array(19).fill(NORMAL), 'Traders.']));
    expect(finding!.params).toMatchObject({ ratio: 0.17 });
    expect(Number(finding!.params.expected)).toBeCloseTo(1.19, 1);
  });

  it('takes the median and a floor under the spread', () => {
    expect(ratioScale(Array(12).fill(0.1))).toEqual({ centre: 0.1, spread: 0.1 });
  });
});
