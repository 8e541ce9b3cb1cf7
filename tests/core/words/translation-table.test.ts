import { describe, expect, it } from 'vitest';
import { NULL_WORD, trainTranslationTable } from '../../../src/core/words/translation-table';

describe('trainTranslationTable', () => {
  it('moves probability towards pairings that recur, counting words under their roots', () => {
    const table = trainTranslationTable(
      [
        { source: 'rumah besar', target: 'big house' },
        { source: 'rumah kecil', target: 'small house' },
        { source: 'rumahnya bagus', target: 'the house is nice' },
      ],
      { iterations: 8 },
    );
    // rumahnya counts as rumah: its clitic is stripped by the morphology.
    const house = table.get('rumah')!;
    expect(house.get('house')!).toBeGreaterThan(0.5);
    expect(house.get('house')!).toBeGreaterThan(house.get('big') ?? 0);
    expect(table.has(NULL_WORD)).toBe(true);
  });

  it('leaves out pairs longer than the limit and empty ones', () => {
    const long = Array.from({ length: 100 }, () => 'kata').join(' ');
    const table = trainTranslationTable([{ source: long, target: 'word' }, { source: '', target: 'nothing' }], { maxWords: 80 });
    expect(table.size).toBe(0);
  });
});
