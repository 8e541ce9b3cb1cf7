import { describe, expect, it } from 'vitest';
import { progressByDay, type WorkEvent } from '../../../src/core/effort/timeline';

describe('review progress by day', () => {
  const cases: { name: string; events: WorkEvent[]; days: ReturnType<typeof progressByDay> }[] = [
    { name: 'no work: no days', events: [], days: [] },
    {
      name: 'events out of order are put in order; a sentence worked on twice counts once',
      events: [
        { sentenceId: 2, at: '2026-03-02T09:00:00.000Z', kind: 'review' },
        { sentenceId: 1, at: '2026-03-01T10:00:00.000Z', kind: 'edit' },
        { sentenceId: 1, at: '2026-03-01T11:00:00.000Z', kind: 'review' },
        { sentenceId: 1, at: '2026-03-02T08:00:00.000Z', kind: 'edit' },
      ],
      days: [
        { day: '2026-03-01', edits: 1, reviews: 1, workedOn: 1 },
        { day: '2026-03-02', edits: 1, reviews: 1, workedOn: 2 },
      ],
    },
    {
      name: 'days without work are left out, the count carries over',
      events: [
        { sentenceId: 5, at: '2026-01-01T23:59:59.000Z', kind: 'edit' },
        { sentenceId: 5, at: '2026-01-10T00:00:00.000Z', kind: 'review' },
      ],
      days: [
        { day: '2026-01-01', edits: 1, reviews: 0, workedOn: 1 },
        { day: '2026-01-10', edits: 0, reviews: 1, workedOn: 1 },
      ],
    },
  ];
  for (const c of cases) it(c.name, () => expect(progressByDay(c.events)).toEqual(c.days));
});
