import { describe, expect, it } from 'vitest';
import { checkInconsistent, sentenceKey } from '../../../src/core/checks/inconsistent';
import type { CheckPair } from '../../../src/core/checks/types';

const S = 'Pasar tetap ramai setiap pagi.';
const doc = (...pairs: [string, string][]): CheckPair[] => pairs.map(([s, t], link) => ({ link, source: [s], target: [t] }));

describe('checkInconsistent', () => {
  const cases: [string, CheckPair[], { source: string; target: string }[], { link: number; count: number }[]][] = [
    ['translated the same way elsewhere', doc([S, 'The market stays busy every morning.']), [{ source: S, target: 'The market stays busy every morning.' }], []],
    ['translated another way elsewhere', doc([S, 'The market stays busy every morning.']), [{ source: S, target: 'The market is crowded each morning.' }], [{ link: 0, count: 2 }]],
    ['twice in the document itself', doc([S, 'The market stays busy every morning.'], [S, 'The market is crowded each morning.']), [], [{ link: 0, count: 2 }, { link: 1, count: 2 }]],
    ['case, spacing and the final stop do not count', doc([S, 'The market stays busy every morning.']), [{ source: 'pasar tetap  ramai setiap pagi', target: 'the market stays busy every morning' }], []],
    ['short sentences may differ', doc(['Terima kasih.', 'Thanks.']), [{ source: 'Terima kasih.', target: 'Thank you.' }], []],
    ['only one-to-one links are compared', [{ link: 0, source: [S, 'Lalu hujan turun deras.'], target: ['Busy, then rain.'] }], [{ source: S, target: 'Other.' }], []],
    ['three ways', doc([S, 'A b c d.']), [{ source: S, target: 'E f g h.' }, { source: S, target: 'I j k l.' }], [{ link: 0, count: 3 }]],
  ];
  it.each(cases)('%s', (_name, pairs, library, expected) => {
    expect(checkInconsistent(pairs, library).map((f) => ({ link: f.link, count: f.params.count }))).toEqual(expected);
  });

  it('names the other translations', () => {
    const [f] = checkInconsistent(doc([S, 'A b c d.']), [{ source: S, target: 'E f g h.' }]);
    expect(f!.params.others).toBe('E f g h.');
  });

  it('compares sentences without case, spacing or final stop', () => {
    expect(sentenceKey('  Pasar   RAMAI!! ')).toBe('pasar ramai');
    expect(sentenceKey('Pasar\tramai.')).toBe('pasar ramai');
    expect(sentenceKey('Pasar ramai.')).toBe('pasar ramai');
  });
});
