import { describe, expect, it } from 'vitest';
import type { ForeignKey } from '../../src/store/dialect';
import { orderByForeignKeys } from '../../src/store/table-order';

const fk = (table: string, references: string): ForeignKey => ({ table, references });

describe('orderByForeignKeys', () => {
  const cases: [string, string[], ForeignKey[], string[]][] = [
    ['keeps the order when nothing refers to anything', ['b', 'a'], [], ['b', 'a']],
    ['puts a parent before its child', ['child', 'parent'], [fk('child', 'parent')], ['parent', 'child']],
    [
      'follows a chain of references',
      ['revisions', 'sentences', 'paragraphs', 'documents'],
      [fk('revisions', 'sentences'), fk('sentences', 'paragraphs'), fk('sentences', 'documents'), fk('paragraphs', 'documents')],
      ['documents', 'paragraphs', 'sentences', 'revisions'],
    ],
    ['accepts a table that refers to itself', ['terms', 'notes'], [fk('terms', 'terms'), fk('notes', 'terms')], ['terms', 'notes']],
    ['ignores references to tables outside the list', ['a'], [fk('a', 'elsewhere')], ['a']],
  ];

  it.each(cases)('%s', (_name, tables, keys, expected) => {
    expect(orderByForeignKeys(tables, keys)).toEqual(expected);
  });

  it('refuses a cycle, naming the tables in it', () => {
    expect(() => orderByForeignKeys(['a', 'b', 'c'], [fk('a', 'b'), fk('b', 'a')])).toThrow(/cycle \(a, b\)/);
  });
});
