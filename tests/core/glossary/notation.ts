import { compileGlossary, DEFAULT_TERM, type GlossaryTerm, type TermMatch } from '../../../src/core/glossary';

/**
 * Renders matches in the notation of the tests: every matched span becomes `span(term)`, where
 * term is the term's source (or its first equivalent on the English side).
 */
export function mark(text: string, matches: readonly TermMatch[], label: (id: number) => string): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + `${text.slice(m.start, m.end)}(${label(m.termId)})`;
    at = m.end;
  }
  return out + text.slice(at);
}

/** Terms from short specs, ids 1, 2, 3... in order. */
export function terms(specs: (Partial<GlossaryTerm> & { source: string })[]): GlossaryTerm[] {
  return specs.map((spec, i) => ({ ...DEFAULT_TERM, id: i + 1, targets: ['x'], ...spec }));
}

/** The text with its Indonesian matches marked, e.g. "Rusia diserang(serang) oleh teroris(teroris)." */
export function markSource(glossary: GlossaryTerm[], text: string): string {
  const byId = new Map(glossary.map((t) => [t.id, t.source]));
  return mark(text, compileGlossary(glossary).matchSource(text), (id) => byId.get(id)!);
}

export function markTarget(glossary: GlossaryTerm[], text: string): string {
  const byId = new Map(glossary.map((t) => [t.id, t.targets[0]!]));
  return mark(text, compileGlossary(glossary).matchTarget(text), (id) => byId.get(id)!);
}

/** Strips the marks (a parenthesis right after a word): the tests state only the marked text. */
export function unmark(marked: string): string {
  return marked.replace(/(?<=\S)\([^()]*\)/g, '');
}
