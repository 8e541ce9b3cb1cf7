import { describe, expect, it } from 'vitest';
import { limitConcurrency } from '../../../src/core/machine-translation/concurrency';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('limitConcurrency', () => {
  it('never runs more than the limit at once and returns each result to its caller', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        limit(async () => {
          started.push(i);
          running++;
          peak = Math.max(peak, running);
          await tick();
          running--;
          return i * 10;
        }),
      ),
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps the limit for callers that arrive as earlier tasks finish', async () => {
    const limit = limitConcurrency(1);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    };
    const first = limit(task);
    const second = limit(task);
    await first;
    const third = limit(task);
    await Promise.all([second, third]);
    expect(peak).toBe(1);
  });

  it('frees the slot when a task fails', async () => {
    const limit = limitConcurrency(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(async () => 'after')).resolves.toBe('after');
  });

  it('rejects a limit below one', () => {
    expect(() => limitConcurrency(0)).toThrow(RangeError);
  });
});
