import { describe, expect, it } from 'vitest';
import { allPages } from '../../src/store/paged-rows';

describe('allPages', () => {
  const rows = [3, 5, 8, 13, 21, 34, 55].map((position) => ({ position }));
  const reader = (asked: [number, number][]) => async (after: number, limit: number) => {
    asked.push([after, limit]);
    return rows.filter((r) => r.position > after).slice(0, limit);
  };

  it.each([
    [1, 8],
    [3, 3],
    [7, 2],
    [100, 1],
  ])('reads every row in order, %i a page, in %i pages, each after the last position read', async (pageRows, pages) => {
    const asked: [number, number][] = [];
    expect(await allPages(reader(asked), pageRows)).toEqual(rows);
    expect(asked).toHaveLength(pages);
    expect(asked.slice(1).map(([after]) => after)).toEqual(rows.filter((_, i) => (i + 1) % pageRows === 0).map((r) => r.position).slice(0, pages - 1));
  });
});
