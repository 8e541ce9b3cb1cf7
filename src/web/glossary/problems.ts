import type { ImportError } from '../../core/glossary/index';
import type { Translate } from '../i18n';

export interface ShownProblem {
  line?: number;
  entry?: number;
  field?: string;
  code?: string;
  problem: string;
  message: string;
}

/** A glossary file's problems in the reader's language: the core names each one, the locales word it. */
export function localisedProblems(problems: readonly ImportError[], t: Translate): ShownProblem[] {
  return problems.map(({ problem, params, message, ...where }) => ({
    ...where,
    problem,
    message: t(`glossary:file.${problem}`, { ...params, defaultValue: message }),
  }));
}
