import { describe, expect, it } from 'vitest';
import { buildQueue, filterQueue, itemKey, openCounts, type Mark, type QueueLink } from '../../../src/core/review/queue';
import type { Finding } from '../../../src/core/checks/types';

let nextId = 1;
/** A link in a tiny notation: "2-1" is two Indonesian sentences and one English one; options set the rest. */
function link(index: number, shape: string, options: Partial<QueueLink> & { status?: 'machine' | 'draft' | 'reviewed'; origin?: 'memory' } = {}): QueueLink {
  const [a, b] = shape.split('-').map(Number);
  return {
    index,
    passage: options.passage ?? index,
    confidence: options.confidence ?? 0.9,
    confirmed: options.confirmed ?? false,
    source: Array.from({ length: a! }, () => ({ id: nextId++ })),
    target: Array.from({ length: b! }, () => ({ id: nextId++, status: options.status ?? 'draft', origin: options.origin })),
  };
}
const kinds = (links: QueueLink[], findings: Finding[] = [], changed = new Set<number>()) =>
  buildQueue({ links, findings, changed, marks: new Map() }).map((i) => `${i.kind}@${i.link}`);

describe('buildQueue', () => {
  const cases: [string, QueueLink[], string[]][] = [
    ['a sure one-to-one link needs nothing', [link(0, '1-1')], []],
    ['an omission', [link(0, '1-1'), link(1, '1-0')], ['omission@1']],
    ['an addition', [link(0, '0-1')], ['addition@0']],
    ['a doubtful link', [link(0, '1-1', { confidence: 0.3 })], ['low_confidence@0']],
    ['a confirmed link is not doubted', [link(0, '1-0', { confirmed: true }), link(1, '1-1', { confidence: 0.1, confirmed: true })], []],
    ['machine English nobody reviewed', [link(0, '1-1', { status: 'machine' }), link(1, '1-1', { status: 'reviewed' })], ['unreviewed_machine@0']],
    ['a memory draft nobody reviewed', [link(0, '1-1', { status: 'draft', origin: 'memory' }), link(1, '1-1', { status: 'reviewed', origin: 'memory' }), link(2, '1-1')], ['unreviewed_memory@0']],
    ['ranked by kind, then by place', [link(0, '1-1', { status: 'machine' }), link(1, '1-1', { confidence: 0.2 }), link(2, '1-0'), link(3, '1-0')], ['omission@2', 'omission@3', 'low_confidence@1', 'unreviewed_machine@0']],
  ];
  it.each(cases)('%s', (_name, links, expected) => {
    expect(kinds(links)).toEqual(expected);
  });

  it('takes the checks\' findings, ranked among the alignment\'s', () => {
    const links = [link(0, '1-1'), link(1, '1-1', { confidence: 0.2 })];
    const findings: Finding[] = [
      { check: 'punctuation', link: 0, params: {} },
      { check: 'numbers', link: 0, params: { missing: '12', added: '21' } },
    ];
    expect(kinds(links, findings)).toEqual(['numbers@0', 'low_confidence@1', 'punctuation@0']);
  });

  it('points a text item at the English sentence, a link item at the link', () => {
    const l = link(0, '1-1', { confidence: 0.2 });
    const items = buildQueue({ links: [l], findings: [{ check: 'doubled', link: 0, params: { words: 'the' } }], changed: new Set(), marks: new Map() });
    expect(items.map((i) => [i.kind, i.sentence])).toEqual([['low_confidence', null], ['doubled', l.target[0]!.id]]);
  });

  it('names sentences changed by someone else', () => {
    const l = link(0, '1-2');
    expect(kinds([l], [], new Set([l.target[1]!.id]))).toEqual(['changed@0']);
  });

  it('keys an item by its kind and the link\'s first sentence, so it survives renumbering', () => {
    const a = link(0, '1-0');
    const moved = { ...a, index: 7, passage: 3 };
    expect(itemKey('omission', moved)).toBe(itemKey('omission', a));
    expect(itemKey('addition', link(0, '0-1'))).toMatch(/^addition:t\d+$/);
  });
});

describe('marks and filters', () => {
  const links = [link(0, '1-0'), link(1, '0-1'), link(2, '1-1', { confidence: 0.1 })];
  const keyOf = (i: number, kind: 'omission' | 'addition' | 'low_confidence') => itemKey(kind, links[i]!);
  const marks = new Map<string, Mark>([
    [keyOf(0, 'omission'), { key: keyOf(0, 'omission'), state: 'resolved', author: 'ana', at: '2026-01-01T00:00:00.000Z' }],
    [keyOf(1, 'addition'), { key: keyOf(1, 'addition'), state: 'ignored', author: 'budi', at: '2026-01-02T00:00:00.000Z' }],
  ]);
  const items = buildQueue({ links, findings: [], changed: new Set(), marks });
  const cases: [string, Parameters<typeof filterQueue>[1], string[]][] = [
    ['open only', { state: 'open', kinds: new Set() }, ['low_confidence']],
    ['resolved', { state: 'resolved', kinds: new Set() }, ['omission']],
    ['ignored', { state: 'ignored', kinds: new Set() }, ['addition']],
    ['all', { state: 'all', kinds: new Set() }, ['omission', 'addition', 'low_confidence']],
    ['all of some kinds', { state: 'all', kinds: new Set(['addition', 'low_confidence'] as const) }, ['addition', 'low_confidence']],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(filterQueue(items, filter).map((i) => i.kind)).toEqual(expected);
  });

  it('keeps who marked an item and when', () => {
    expect(items[0]!.mark).toMatchObject({ state: 'resolved', author: 'ana' });
  });

  it('counts open items only', () => {
    expect(openCounts(items)).toEqual({ total: 1, byKind: { low_confidence: 1 } });
  });
});
