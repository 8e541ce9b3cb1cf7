import type { Request } from 'express';
import { parseId } from '../../core/model';
import type { TermQuery } from '../../glossary/terms';

/** ?q=&status=&scope= from the page or the API; unknown values are ignored, the scope text kept for the form. */
export function readTermQuery(query: Request['query']): TermQuery & { q: string; scopeText: string } {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const status = str(query.status);
  const scope = str(query.scope);
  return {
    q: str(query.q).slice(0, 200),
    status: status === 'approved' || status === 'proposed' ? status : undefined,
    scope: scope === 'general' ? 'general' : (parseId(scope) ?? undefined),
    scopeText: scope,
  };
}
