import { describe, expect, it } from 'vitest';
import { entriesToTsv, glossaryVersion, toGlossaryEntries } from '../../../src/core/machine-translation/glossary-entries';

describe('toGlossaryEntries', () => {
  it('maps each source to its first target, sorted by source', () => {
    const entries = toGlossaryEntries([
      { source: 'pemerintah', targets: ['government', 'administration'] },
      { source: 'DPR', targets: ['House of Representatives'] },
    ]);
    expect(entries).toEqual([
      { source: 'DPR', target: 'House of Representatives' },
      { source: 'pemerintah', target: 'government' },
    ]);
  });

  it.each([
    ['tab inside the source', { source: 'bank\tsentral', targets: ['central bank'] }, { source: 'bank sentral', target: 'central bank' }],
    ['newline inside the target', { source: 'polisi', targets: ['police\nforce'] }, { source: 'polisi', target: 'police force' }],
    ['line separator', { source: 'desa\u2028adat', targets: ['customary village'] }, { source: 'desa adat', target: 'customary village' }],
    ['surrounding and repeated spaces', { source: '  rumah   sakit ', targets: [' hospital '] }, { source: 'rumah sakit', target: 'hospital' }],
    ['an empty first target', { source: 'gubernur', targets: ['  ', 'governor'] }, { source: 'gubernur', target: 'governor' }],
  ])('cleans %s', (_name, term, expected) => {
    expect(toGlossaryEntries([term])).toEqual([expected]);
  });

  it('drops terms without a usable source or target', () => {
    expect(
      toGlossaryEntries([
        { source: '\t', targets: ['tab'] },
        { source: 'kosong', targets: [] },
        { source: 'hampa', targets: ['\n'] },
      ]),
    ).toEqual([]);
  });

  it('keeps the first of two terms that clean up to the same source', () => {
    const entries = toGlossaryEntries([
      { source: 'kota  besar', targets: ['big city'] },
      { source: 'kota besar', targets: ['metropolis'] },
    ]);
    expect(entries).toEqual([{ source: 'kota besar', target: 'big city' }]);
  });

  it('produces TSV that DeepL accepts: one tab per line, no other control characters', () => {
    const tsv = entriesToTsv(toGlossaryEntries([{ source: 'a\tb', targets: ['c\r\nd'] }, { source: 'e', targets: ['f'] }]));
    expect(tsv).toBe('a b\tc d\ne\tf');
  });
});

describe('glossaryVersion', () => {
  const entries = [
    { source: 'DPR', target: 'House of Representatives' },
    { source: 'pemerintah', target: 'government' },
  ];

  it('does not depend on entry order', () => {
    expect(glossaryVersion([...entries].reverse())).toBe(glossaryVersion(entries));
    expect(glossaryVersion(entries)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a target, a source or the entry set changes', () => {
    const version = glossaryVersion(entries);
    expect(glossaryVersion([entries[0]!, { source: 'pemerintah', target: 'administration' }])).not.toBe(version);
    expect(glossaryVersion([entries[0]!, { source: 'pemerintahan', target: 'government' }])).not.toBe(version);
    expect(glossaryVersion([entries[0]!])).not.toBe(version);
  });
});
