import { normalizeLine, splitSentences } from '../text/index';

/**
 * Corrections of the Indonesian side. The sentence splitter decides where a
 * corrected text's sentences end, and a line break typed into it ends a
 * sentence wherever the splitter would not (after an abbreviation it does not
 * know, a heading without a full stop): that is how an editor splits one by hand.
 */
export function sentencesOfSourceEdit(raw: string): string[] {
  return raw
    .split(/\r\n?|\n/)
    .map(normalizeLine)
    .filter((line) => line !== '')
    .flatMap((line) => splitSentences(line, 'id').map((s) => s.text));
}

/** What a correction does to one Indonesian sentence row: its next text, and sentences after it that become new rows. */
export interface SourcePlan {
  change: 'text' | 'none';
  first: string;
  added: string[];
}

export function planSourceSave(row: { text: string }, sentences: readonly string[]): SourcePlan {
  const [first, ...added] = sentences;
  return { change: first === row.text && added.length === 0 ? 'none' : 'text', first, added };
}

/** Two Indonesian sentences joined into one, as a person would write them: one space between. */
export const joinedSourceText = (first: string, second: string): string => `${first} ${second}`;
