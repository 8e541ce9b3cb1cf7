import { describe, expect, it } from 'vitest';
import { changedByOthers, type Touch } from '../../../src/core/review/changed';

const r = (sentenceId: number, version: number, author: string | null): Touch => ({ sentenceId, version, author, text: true });
const reviewed = (sentenceId: number, version: number, author: string | null): Touch => ({ sentenceId, version, author, text: false });

describe('changedByOthers', () => {
  const cases: [string, Touch[], number[]][] = [
    ['my save is the latest', [r(1, 1, null), r(1, 2, 'ana')], []],
    ['someone saved after me', [r(1, 1, null), r(1, 2, 'ana'), r(1, 3, 'budi')], [1]],
    ['I saved again after them', [r(1, 2, 'ana'), r(1, 3, 'budi'), r(1, 4, 'ana')], []],
    ['never mine: not mine to be told', [r(1, 1, null), r(1, 2, 'budi')], []],
    ['machine output after my save', [r(1, 2, 'ana'), r(1, 3, null)], [1]],
    ['my review counts as seeing it', [r(1, 1, null), reviewed(1, 2, 'ana')], []],
    ['a text change after my review', [r(1, 1, null), reviewed(1, 2, 'ana'), r(1, 3, 'budi')], [1]],
    ['I reviewed again after their change', [reviewed(1, 2, 'ana'), r(1, 3, 'budi'), reviewed(1, 4, 'ana')], []],
    ['their review is not a change of the text', [r(1, 2, 'ana'), reviewed(1, 3, 'budi')], []],
    ['order of rows does not matter', [r(1, 3, 'budi'), r(1, 2, 'ana')], [1]],
    ['per sentence', [r(1, 2, 'ana'), r(1, 3, 'budi'), r(2, 2, 'ana')], [1]],
  ];
  it.each(cases)('%s', (_name, touches, expected) => {
    expect([...changedByOthers(touches, 'ana')]).toEqual(expected);
  });
});
