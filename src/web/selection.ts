import type { Request } from 'express';
import { parseId } from '../core/model';

/**
 * `documents=3,7`: a selection of the library for a download (at most 1,000 ids). Anything that is
 * not an id is ignored; the caller keeps only documents the viewer may see, so an id outside them
 * is left out like a missing one. Null: no selection, the whole library.
 */
export function selectedIds(req: Request): Set<number> | null {
  const raw = req.query.documents;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return new Set(raw.split(',').slice(0, 1000).map((part) => parseId(part.trim())).filter((id): id is number => id !== null));
}
