import { describe, expect, it } from 'vitest';
import { changedByOthers, type RevisionStamp } from '../../../src/core/review/changed';

const r = (sentenceId: number, version: number, author: string | null): RevisionStamp => ({ sentenceId, version, author });

describe('changedByOthers', () => {
  const cases: [string, RevisionStamp[], number[]][] = [
    ['my save is the latest', [r(1, 1, null), r(1, 2, 'ana')], []],
    ['someone saved after me', [r(1, 1, null), r(1, 2, 'ana'), r(1, 3, 'budi')], [1]],
    ['I saved again after them', [r(1, 2, 'ana'), r(1, 3, 'budi'), r(1, 4, 'ana')], []],
    ['never mine: not mine to be told', [r(1, 1, null), r(1, 2, 'budi')], []],
    ['machine output after my save', [r(1, 2, 'ana'), r(1, 3, null)], [1]],
    ['order of rows does not matter', [r(1, 3, 'budi'), r(1, 2, 'ana')], [1]],
    ['per sentence', [r(1, 2, 'ana'), r(1, 3, 'budi'), r(2, 2, 'ana')], [1]],
  ];
  it.each(cases)('%s', (_name, revisions, expected) => {
    expect([...changedByOthers(revisions, 'ana')]).toEqual(expected);
  });
});
