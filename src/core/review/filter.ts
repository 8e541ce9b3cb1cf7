/**
 * The queue's filter as written in a URL: `state` (open, resolved, ignored, all; open when
 * absent) and `kinds` (a comma-separated list of kinds, or the field repeated by a form; every
 * kind when absent or empty).
 */
import { ReviewError } from './errors';
import { isQueueKind, STATE_FILTERS, type QueueFilter, type QueueKind, type StateFilter } from './queue';

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A list as a URL may carry it: "a,b", or a form's repeated field (["a", "b"]). */
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [one(value) ?? '']).flatMap((v) => v.split(','));

export function parseFilter(query: { state?: unknown; kinds?: unknown }): QueueFilter {
  const state = one(query.state) || 'open';
  if (!(STATE_FILTERS as readonly string[]).includes(state)) {
    throw new ReviewError('bad_state', 'Unknown queue state.', { allowed: STATE_FILTERS.join(', ') }, 'state');
  }
  const kinds = new Set<QueueKind>();
  for (const kind of list(query.kinds).filter(Boolean).slice(0, 40)) {
    if (!isQueueKind(kind)) throw new ReviewError('bad_kind', 'Unknown kind of queue item.', { kind: kind.slice(0, 40) }, 'kinds');
    kinds.add(kind);
  }
  return { state: state as StateFilter, kinds };
}

/** The filter back as URL parameters, the defaults left out. */
export function filterParams(filter: QueueFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.state !== 'open') out.state = filter.state;
  if (filter.kinds.size > 0) out.kinds = [...filter.kinds].join(',');
  return out;
}
