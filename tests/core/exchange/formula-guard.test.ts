import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '../../../src/core/exchange/formula-guard';

describe('spreadsheet formula guard', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['=cmd|/C calc!A0', `'=cmd|/C calc!A0`],
    ['+1', `'+1`],
    ['-an', `'-an`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    [`'=x`, `''=x`],
    [`'plain`, `'plain`],
    ['plain', 'plain'],
    ['', ''],
  ])('guards %j as %j and reads it back unchanged', (cell, guarded) => {
    expect(guardCell(cell)).toBe(guarded);
    expect(unguardCell(guardCell(cell))).toBe(cell);
  });

  it('leaves a cell from another tool that starts with a formula as it is', () => {
    expect(unguardCell('=1+1')).toBe('=1+1');
  });
});
