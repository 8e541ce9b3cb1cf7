import { describe, expect, it } from 'vitest';
import { planSentenceReuse } from '../../../src/core/edit/sentence-reuse';

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
