import { defaultSplit, mergeWithNext, moveUnit, setConfirmed, splitLink, type EditableLink } from '../../core/edit/index';
import { recordLinkEdit } from '../../store/alignment-ops';
import type { Db } from '../../store/database';
import type { LinkLevel } from '../../store/schema';
import { intField, oneOf } from './input';

const OPERATIONS = ['merge', 'split', 'move', 'confirm', 'unconfirm'] as const;

/** Thrown inside the transaction when the link the page showed is no longer at that index. */
class LinksMoved extends Error {}

function sameAs(link: EditableLink | undefined, expected: unknown): boolean {
  if (expected === undefined) return true;
  const e = expected as { source?: unknown; target?: unknown };
  return !!link && JSON.stringify(link.source) === JSON.stringify(e.source) && JSON.stringify(link.target) === JSON.stringify(e.target);
}

function editFor(body: Record<string, unknown>, op: (typeof OPERATIONS)[number], index: number) {
  switch (op) {
    case 'merge':
      return (links: EditableLink[]) => mergeWithNext(links, index);
    case 'split':
      return (links: EditableLink[]) => {
        const point = links[index] ? defaultSplit(links[index]) : { sourceCount: 0, targetCount: 0 };
        const sourceCount = body.sourceCount === undefined ? point.sourceCount : intField(body, 'sourceCount');
        const targetCount = body.targetCount === undefined ? point.targetCount : intField(body, 'targetCount');
        return splitLink(links, index, sourceCount, targetCount);
      };
    case 'move': {
      const side = oneOf(body, 'side', ['source', 'target'] as const);
      const edge = oneOf(body, 'edge', ['first', 'last'] as const);
      return (links: EditableLink[]) => moveUnit(links, index, side, edge);
    }
    case 'confirm':
    case 'unconfirm':
      return (links: EditableLink[]) => setConfirmed(links, index, op === 'confirm');
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
): Promise<{ kind: 'done'; operationId: number } | { kind: 'moved' }> {
  const level = oneOf(body, 'level', ['sentence', 'paragraph'] as const satisfies readonly LinkLevel[]);
  const op = oneOf(body, 'op', OPERATIONS);
  const index = intField(body, 'index');
  const edit = editFor(body, op, index);
  try {
    const { operationId } = await recordLinkEdit(db, {
      documentId,
      level,
      kind: op,
      author,
      edit: (links) => {
        if (!sameAs(links[index], body.expect)) throw new LinksMoved();
        return edit(links);
      },
    });
    return { kind: 'done', operationId };
  } catch (err) {
    if (err instanceof LinksMoved) return { kind: 'moved' };
    throw err;
  }
}
