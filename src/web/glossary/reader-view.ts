import type { MissingTerm } from '../../core/glossary/index';
import type { TextSlice } from '../../core/reader/term-slices';
import type { ReaderGlossary } from '../../glossary/service';
import type { StoredTerm } from '../../store/glossary';
import type { Translate } from '../i18n';

/** What the reader views need from the glossary, with plain-text hints for pages read without scripts. */
export interface ReaderGlossaryView {
  slices(side: 'id' | 'en', position: number): TextSlice[] | null;
  missing(position: number): MissingTerm[] | null;
  hint(slice: TextSlice): string;
  /** The terms shown in this document, for the popover. */
  terms: StoredTerm[];
  missingCount: number;
}

function termHint(term: StoredTerm, t: Translate): string {
  const status = term.status === 'proposed' ? ` (${t('glossary:status.proposed')})` : '';
  return `${term.source} → ${term.targets.join(', ')}${status}`;
}

export function readerGlossaryView({ terms, byId }: ReaderGlossary, t: Translate): ReaderGlossaryView {
  const used = [...terms.termIds].map((id) => byId.get(id)).filter((x): x is StoredTerm => x !== undefined);
  return {
    slices: (side, position) => (side === 'id' ? terms.source : terms.target).get(position) ?? null,
    missing: (position) => terms.missing.get(position) ?? null,
    hint(slice) {
      const ids = slice.term?.termIds ?? [];
      const hints = ids.map((id) => byId.get(id)).filter((x): x is StoredTerm => x !== undefined).map((x) => termHint(x, t));
      if (slice.term?.build) hints.push(t('glossary:reader.build', { build: slice.term.build }));
      return hints.join(' · ');
    },
    terms: used.sort((a, b) => a.source.localeCompare(b.source, 'id')),
    missingCount: terms.missingCount,
  };
}
