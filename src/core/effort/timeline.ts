/**
 * Review progress over time, from the dates of a document's human revisions and status changes:
 * per day, how many sentences were edited and how many were marked reviewed, and how many of the
 * document's English sentences had been worked on (edited or reviewed at least once) by its end.
 * Revisions do not record a status, so "worked on" is what the dates can tell, not the status then.
 */
export interface WorkEvent {
  sentenceId: number;
  /** ISO date and time. */
  at: string;
  kind: 'edit' | 'review';
}

export interface ProgressDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  edits: number;
  reviews: number;
  /** Distinct sentences edited or reviewed up to the end of this day. */
  workedOn: number;
}

export function progressByDay(events: readonly WorkEvent[]): ProgressDay[] {
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const seen = new Set<number>();
  const days: ProgressDay[] = [];
  for (const event of sorted) {
    const day = event.at.slice(0, 10);
    let current = days[days.length - 1];
    if (!current || current.day !== day) {
      current = { day, edits: 0, reviews: 0, workedOn: seen.size };
      days.push(current);
    }
    if (event.kind === 'edit') current.edits++;
    else current.reviews++;
    seen.add(event.sentenceId);
    current.workedOn = seen.size;
  }
  return days;
}
