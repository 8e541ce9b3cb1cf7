import { defaultSplit, mergeWithNext, moveUnit, setConfirmed, splitLink } from '../../core/edit/index';
import type { ConfirmedLink, LinkLevel } from '../../core/model';
import { editLinks, linksChanged } from '../../editing/alignment';
import type { Db } from '../../store/database';
import { intField, oneOf } from './input';

const OPERATIONS = ['merge', 'split', 'move', 'confirm', 'unconfirm'] as const;

/** How the passages follow each sentence link operation; confirming changes no sentence's place. */
const PASSAGES_FOLLOW: Record<(typeof OPERATIONS)[number], 'join' | 'cut' | undefined> = {
  merge: 'join',
  split: 'cut',
  move: 'cut',
  confirm: undefined,
  unconfirm: undefined,
};

function sameAs(link: ConfirmedLink | undefined, expected: unknown): boolean {
  if (expected === undefined) return true;
  const e = expected as { source?: unknown; target?: unknown };
  return !!link && JSON.stringify(link.source) === JSON.stringify(e.source) && JSON.stringify(link.target) === JSON.stringify(e.target);
}

function editFor(body: Record<string, unknown>, op: (typeof OPERATIONS)[number], index: number) {
  switch (op) {
    case 'merge':
      return (links: ConfirmedLink[]) => mergeWithNext(links, index);
    case 'split':
      return (links: ConfirmedLink[]) => {
        const point = links[index] ? defaultSplit(links[index]) : { sourceCount: 0, targetCount: 0 };
        const sourceCount = body.sourceCount === undefined ? point.sourceCount : intField(body, 'sourceCount');
        const targetCount = body.targetCount === undefined ? point.targetCount : intField(body, 'targetCount');
        return splitLink(links, index, sourceCount, targetCount);
      };
    case 'move': {
      const side = oneOf(body, 'side', ['source', 'target'] as const);
      const edge = oneOf(body, 'edge', ['first', 'last'] as const);
      return (links: ConfirmedLink[]) => moveUnit(links, index, side, edge);
    }
    case 'confirm':
    case 'unconfirm':
      return (links: ConfirmedLink[]) => setConfirmed(links, index, op === 'confirm');
  }
}

/**
 * Reads an alignment edit request ({level, op, index, expect?, ...}) and
 * applies it. `expect` names the link the page showed at `index`.
 */
export async function alignmentOperation(
  db: Db,
  documentId: number,
  body: Record<string, unknown>,
  author: string | null,
): Promise<number> {
  const level = oneOf(body, 'level', ['sentence', 'paragraph'] as const satisfies readonly LinkLevel[]);
  const op = oneOf(body, 'op', OPERATIONS);
  const index = intField(body, 'index');
  const edit = editFor(body, op, index);
  const guarded = (links: ConfirmedLink[]) => {
    // Thrown inside the transaction, so nothing is written when the page's link has moved.
    if (!sameAs(links[index], body.expect)) throw linksChanged();
    return edit(links);
  };
  const follow = level === 'sentence' ? { passages: PASSAGES_FOLLOW[op] } : { sentencesFollow: op === 'split' || op === 'move' };
  return editLinks(db, { documentId, level, kind: op, edit: guarded, ...follow }, author);
}
