import { describe, expect, it } from 'vitest';
import { allChecks, runChecks, type LinkFindings } from '../../../src/core/checks/index';
import { pair } from './pair';

const pairs = [pair('Ada 12 orang.', 'There were 21 people', 0), pair('Pasar ramai.', 'The the market is busy.', 1)];
const checksOf = (enabled: Parameters<typeof runChecks>[1]['enabled'], memo?: Map<string, LinkFindings>) =>
  runChecks(pairs, { enabled, glossary: null, library: [], memo }).map((f) => `${f.check}@${f.link}`);

describe('runChecks', () => {
  it('runs the enabled checks, per link in link order', () => {
    expect(checksOf(allChecks())).toEqual(['numbers@0', 'punctuation@0', 'doubled@1']);
    expect(checksOf(new Set(['doubled', 'punctuation']))).toEqual(['punctuation@0', 'doubled@1']);
    expect(checksOf(new Set())).toEqual([]);
  });

  it('answers a link from the memo by its texts, wherever it stands, and filters by the checks enabled', () => {
    const memo = new Map<string, LinkFindings>();
    expect(checksOf(new Set(['numbers']), memo)).toEqual(['numbers@0']);
    // The memo keeps every per-link check's findings, so switching a check on needs no new run.
    expect(memo.get('Ada 12 orang.\u0000There were 21 people')).toEqual([
      { check: 'numbers', params: { missing: '12', added: '21' } },
      { check: 'punctuation', params: { source: '.', target: '–' } },
    ]);
    memo.set('Pasar ramai.\u0000The the market is busy.', [{ check: 'untranslated', params: { reason: 'copied' } }]);
    expect(checksOf(allChecks(), memo)).toEqual(['numbers@0', 'punctuation@0', 'untranslated@1']);
  });
});
