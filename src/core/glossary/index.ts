/**
 * Glossary core: terms, matching in Indonesian text (with morphology) and English text (with
 * inflection), translation checks, and CSV / TBX-Basic import and export. Pure: no I/O.
 *
 * - compileGlossary(terms, { documentId? }) → GlossaryMatcher
 *     matchSource(text): TermMatch[]  Indonesian side. Mode 'forms' matches the term as written
 *       plus clitics (-nya, -lah, -kah, -pun, -ku, -mu, -tah) and full reduplication; mode
 *       'derived' matches every word whose dictionary root equals the term word's root
 *       (diserang, menyerang, serangan for "serangan"). Case-sensitive terms match their exact
 *       case, by form. Multi-word terms match word by word.
 *     matchTarget(text, termIds?): TermMatch[]  English side, regular inflection
 *       (troop/troops, attack/attacked/attacking, city/cities, stop/stopped), common irregular
 *       forms (eaten, people), agent nouns (workers) and closed compounds (filesystem, filenames).
 *   Matches never overlap, are sorted by start and carry UTF-16 offsets; the longest wins.
 * - checkTerms(matcher, sourceSentences, targetSentences, terms) → MissingTerm[]
 * - analyseWord(word) → { root, prefixes, suffixes, clitics, reduplicated } | null
 *   describeBuild(analysis) → "di- + serang"
 * - formats: parseGlossaryCsv / serializeGlossaryCsv, parseTbx / serializeTbx; parsers return
 *   { ok: true, terms } or { ok: false, errors } and never a partial list.
 */
export type { GlossaryMatcher, GlossaryTerm, MatchMode, MissingTerm, TermMatch, TermStatus } from './types';
export { DEFAULT_TERM } from './types';
export { compileGlossary, type CompileOptions } from './matcher';
export { checkTerms } from './check';
export { analyseWord, describeBuild, type WordAnalysis } from './morphology/analyse';
export { parseGlossaryCsv, serializeGlossaryCsv, CSV_COLUMNS } from './formats/csv';
export { parseTbx, serializeTbx, type TbxOptions } from './formats/tbx';
export type { ImportError, ImportOptions, ImportResult } from './formats/validate';
export { checkTermInput, termSourceKey, tidy, TERM_LIMITS, type FieldError, type TermCheck, type TermDraft, type TermField } from './term-input';
export { GlossaryChangeError, GlossaryError, GlossaryFileError, TermInputError } from './errors';
