import { describe, expect, it } from 'vitest';
import { nextVersionAfter, planParagraphSave, planSegmentSave, planSideReplace, statusOfWritten, type SideRow } from '../../../src/core/edit/index';
import type { Origin, SegmentStatus } from '../../../src/core/model';

/** "a b | c" → old rows a, b in paragraph 1 and c in paragraph 2, ids 1.. in order, machine text at version 1. */
function side(spec: string, origin: Origin = 'machine'): { paragraphIds: number[]; rows: SideRow[] } {
  const paragraphs = spec.split('|').map((p) => p.trim().split(/\s+/).filter(Boolean));
  let id = 0;
  const rows = paragraphs.flatMap((texts, p) =>
    texts.map((text) => ({ id: ++id, text, origin, status: statusOfWritten(origin === 'human' ? 'human' : 'machine'), version: 1, paragraphId: 100 + p })),
  );
  return { paragraphIds: paragraphs.map((_, p) => 100 + p), rows };
}
const paragraphsOf = (spec: string) => spec.split('|').map((p) => p.trim().split(/\s+/).filter(Boolean));

/** The plan in one line: each new sentence as keep:id, new:id (a rewrite of row id) or add; then dropped rows with their heir's index. */
function showPlan(spec: string, next: string): string {
  const { paragraphIds, rows } = side(spec);
  const plan = planSideReplace(paragraphIds, rows, paragraphsOf(next));
  if (!plan) return 'unchanged';
  const steps = plan.sentences.map((s) => (s.step.kind === 'keep' ? `keep:${s.step.row.id}` : s.step.kind === 'rewrite' ? `new:${s.step.row.id}` : 'add'));
  const dropped = plan.dropped.map((d) => `drop:${d.row.id}>${d.heir ?? '-'}`);
  return [...steps, ...dropped].join(' ');
}

describe('replacing the English side', () => {
  it.each([
    ['the same text', 'a b | c', 'a b | c', 'unchanged'],
    ['a paragraph inserted in the middle', 'a b | d', 'a b | c | d', 'keep:1 keep:2 add keep:3'],
    ['one sentence changed', 'a b | c', 'a B | c', 'keep:1 new:2 keep:3'],
    ['two sentences become one', 'a b1 b2 | c', 'a B | c', 'keep:1 new:2 keep:4 drop:3>1'],
    ['everything replaced by less', 'x y | z', 'p', 'new:1 drop:2>0 drop:3>0'],
    ['everything removed', 'x | y', '', 'drop:1>- drop:2>-'],
    ['the same sentences in other paragraphs', 'a b | c', 'a | b c', 'keep:1 keep:2 keep:3'],
  ])('%s: %s → %s', (_name, old, next, expected) => {
    expect(showPlan(old, next)).toBe(expected);
  });

  it('reuses paragraph rows by position and lists the texts that leave', () => {
    const { paragraphIds, rows } = side('a b | c | d');
    const plan = planSideReplace(paragraphIds, rows, paragraphsOf('a B | c'))!;
    expect(plan.paragraphRows).toEqual([100, 101]);
    expect(plan.surplusParagraphs).toEqual([102]);
    expect(plan.retired.map((r) => r.text)).toEqual(['b', 'd']);
  });
});

describe('saving a segment', () => {
  const row = (status: SegmentStatus, origin: Origin) => ({ id: 1, text: 'Old.', origin, status, version: 3 });
  it.each([
    ['a changed text becomes a person\'s draft', row('machine', 'machine'), ['New.'], undefined, { text: 'New.', status: 'draft', origin: 'human', version: 4 }, [], 'text'],
    ['an unchanged text with a status is a review, not a text change', row('machine', 'machine'), ['Old.'], 'reviewed', { text: 'Old.', status: 'reviewed', origin: 'machine', version: 4 }, [], 'status'],
    ['an unchanged text keeps its status and its version', row('reviewed', 'human'), ['Old.'], undefined, { text: 'Old.', status: 'reviewed', origin: 'human', version: 3 }, [], 'none'],
    ['an unchanged text ticked again changes nothing', row('reviewed', 'human'), ['Old.'], 'reviewed', { text: 'Old.', status: 'reviewed', origin: 'human', version: 3 }, [], 'none'],
    ['further sentences become new rows', row('draft', 'human'), ['New.', 'More.'], 'reviewed', { text: 'New.', status: 'reviewed', origin: 'human', version: 4 }, ['More.'], 'text'],
    ['further sentences after an unchanged first one are a text change', row('draft', 'human'), ['Old.', 'More.'], undefined, { text: 'Old.', status: 'draft', origin: 'human', version: 4 }, ['More.'], 'text'],
  ] as const)('%s', (_name, old, sentences, choice, next, added, change) => {
    expect(planSegmentSave(old, sentences, choice)).toEqual({ next, added, change });
  });
});

describe('saving a paragraph', () => {
  const rows = ['A.', 'B.', 'C.'].map((text, i) => ({ id: i + 1, text, origin: 'machine' as const, status: 'machine' as const, version: 2 }));
  it.each([
    ['same count, one changed', ['A.', 'X.', 'C.'], [[2, 'X.', 3]], [], []],
    ['fewer sentences retire the rest', ['X.'], [[1, 'X.', 3]], [2, 3], []],
    ['more sentences are added after', ['A.', 'B.', 'C.', 'D.'], [], [], ['D.']],
  ] as const)('%s', (_name, texts, rewrite, retire, added) => {
    const plan = planParagraphSave(rows, texts);
    expect(plan.rewrite.map((r) => [r.row.id, r.next.text, r.next.version])).toEqual(rewrite);
    expect(plan.rewrite.every((r) => r.next.status === 'draft' && r.next.origin === 'human')).toBe(true);
    expect(plan.retire.map((r) => r.id)).toEqual(retire);
    expect(plan.added).toEqual(added);
  });
});

describe('versions and statuses', () => {
  it.each([
    [1, 0, 2],
    [2, 5, 6],
  ])('a row at version %i with history up to %i goes on at %i', (own, recorded, next) => {
    expect(nextVersionAfter(own, recorded)).toBe(next);
  });
  it('marks machine output as such and a person\'s text as a draft', () => {
    expect([statusOfWritten('machine'), statusOfWritten('human')]).toEqual(['machine', 'draft']);
  });
});
