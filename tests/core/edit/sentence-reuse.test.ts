import { describe, expect, it } from 'vitest';
import { planPinnedReuse, planSentenceReuse } from '../../../src/core/edit/sentence-reuse';

describe('planSentenceReuse', () => {
  it.each([
    { name: 'unchanged', old: ['a', 'b'], next: ['a', 'b'], rowFor: [0, 1], surplus: [] },
    { name: 'inserted in the middle', old: ['a', 'c'], next: ['a', 'b', 'c'], rowFor: [0, null, 1], surplus: [] },
    { name: 'one changed', old: ['a', 'b', 'c'], next: ['a', 'B', 'c'], rowFor: [0, 1, 2], surplus: [] },
    { name: 'two replaced by one', old: ['a', 'b1', 'b2', 'c'], next: ['a', 'B', 'c'], rowFor: [0, 1, 3], surplus: [2] },
    { name: 'one replaced by two', old: ['a', 'b', 'c'], next: ['a', 'B1', 'B2', 'c'], rowFor: [0, 1, null, 2], surplus: [] },
    { name: 'all replaced', old: ['x', 'y', 'z'], next: ['p', 'q'], rowFor: [0, 1], surplus: [2] },
    { name: 'from nothing', old: [], next: ['p'], rowFor: [null], surplus: [] },
    { name: 'to nothing', old: ['x'], next: [], rowFor: [], surplus: [0] },
  ])('$name', ({ old, next, rowFor, surplus }) => {
    expect(planSentenceReuse(old, next)).toEqual({ rowFor, surplus });
  });

  it('pairs a whole new side of 20,000 sentences with the old rows in order, and keeps the unchanged ends of a long one', () => {
    const old = Array.from({ length: 20_000 }, (_, i) => `old ${i}`);
    const next = old.map((_, i) => `new ${i}`);
    const whole = planSentenceReuse(old, next);
    expect(whole.rowFor).toEqual(old.map((_, i) => i));
    expect(whole.surplus).toEqual([]);
    const middle = [...old.slice(0, 5), ...next.slice(0, 3000), ...old.slice(-5)];
    const ends = planSentenceReuse(old, middle);
    expect(ends.rowFor.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(ends.rowFor.slice(-5)).toEqual([19_995, 19_996, 19_997, 19_998, 19_999]);
    expect(ends.surplus).toHaveLength(20_000 - 3010);
  });
});

describe('planPinnedReuse', () => {
  it.each([
    { name: 'no pins: as planSentenceReuse', old: ['a', 'b'], next: ['a', 'x', 'b'], pins: [], rowFor: [0, null, 1], surplus: [] },
    // Unpinned, the new "m" would take the row of the old "a" (one changed for one) and the old "m" would go.
    { name: 'a pinned row keeps its sentence', old: ['a', 'm'], next: ['m', 'x'], pins: [{ sentence: 0, row: 1 }], rowFor: [1, null], surplus: [0] },
    { name: 'between pins each stretch is paired apart', old: ['x', 'm1', 'y', 'm2'], next: ['X', 'm1', 'Y', 'Z', 'm2'], pins: [{ sentence: 1, row: 1 }, { sentence: 4, row: 3 }], rowFor: [0, 1, 2, null, 3], surplus: [] },
    { name: 'a pin out of order is left out', old: ['m1', 'm2'], next: ['m2', 'm1'], pins: [{ sentence: 0, row: 1 }, { sentence: 1, row: 0 }], rowFor: [1, null], surplus: [0] },
  ])('$name', ({ old, next, pins, rowFor, surplus }) => {
    expect(planPinnedReuse(old, next, pins)).toEqual({ rowFor, surplus });
  });

  it('keeps pinned rows where the diff gives up (a whole new side of thousands of sentences)', () => {
    const old = Array.from({ length: 3000 }, (_, i) => (i % 100 === 50 ? `memory ${i}` : `old ${i}`));
    const next = old.map((text, i) => (text.startsWith('memory') ? text : `new ${i}`));
    next.splice(10, 0, 'one more');
    const pins = next.flatMap((text, sentence) => (text.startsWith('memory') ? [{ sentence, row: old.indexOf(text) }] : []));
    const plan = planPinnedReuse(old, next, pins);
    for (const pin of pins) expect(plan.rowFor[pin.sentence]).toBe(pin.row);
    expect(new Set(plan.rowFor.filter((r) => r !== null)).size).toBe(plan.rowFor.filter((r) => r !== null).length);
  });
});
