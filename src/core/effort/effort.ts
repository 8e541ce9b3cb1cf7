/**
 * Post-editing effort: how much of the machine English people changed, in words (word-level edit
 * distance, core/search/fuzzy.ts). Per document: from each sentence's latest machine text to its
 * text now. Per editor: each revision after the machine text, from the text before it, is counted
 * to the person who saved it. Sentences that never had machine English do not count.
 */
import { wordEditDistance, wordsOf } from '../search/fuzzy';

export interface EffortRevision {
  text: string;
  origin: string;
  author: string | null;
}

export interface EffortSentence {
  /** Its text now. */
  text: string;
  /** Its revisions, oldest first. */
  revisions: readonly EffortRevision[];
}

export interface EditorEffort {
  author: string;
  revisions: number;
  wordsChanged: number;
}

export interface DocumentEffort {
  /** Sentences that have machine English. */
  sentences: number;
  /** Of those, the ones whose text now differs from it. */
  edited: number;
  machineWords: number;
  wordsChanged: number;
  /** wordsChanged as a share of machineWords, 0 to 100 (an edit may change more words than there were: capped). */
  percentChanged: number;
  editors: EditorEffort[];
}

export function documentEffort(sentences: readonly EffortSentence[]): DocumentEffort {
  let [counted, edited, machineWords, wordsChanged] = [0, 0, 0, 0];
  const editors = new Map<string, EditorEffort>();
  for (const sentence of sentences) {
    const machineAt = lastIndexOf(sentence.revisions, (r) => r.origin === 'machine');
    if (machineAt < 0) continue;
    const machine = wordsOf(sentence.revisions[machineAt]!.text);
    const distance = wordEditDistance(machine, wordsOf(sentence.text));
    counted++;
    machineWords += machine.length;
    wordsChanged += distance;
    if (distance > 0) edited++;
    let before = machine;
    for (const revision of sentence.revisions.slice(machineAt + 1)) {
      const after = wordsOf(revision.text);
      const changed = wordEditDistance(before, after);
      before = after;
      if (changed === 0) continue;
      const name = revision.author ?? '';
      const editor = editors.get(name) ?? { author: name, revisions: 0, wordsChanged: 0 };
      editor.revisions++;
      editor.wordsChanged += changed;
      editors.set(name, editor);
    }
  }
  const percentChanged = machineWords === 0 ? 0 : Math.min(100, Math.round((100 * wordsChanged) / machineWords));
  return {
    sentences: counted,
    edited,
    machineWords,
    wordsChanged,
    percentChanged,
    editors: [...editors.values()].sort((a, b) => b.wordsChanged - a.wordsChanged || (a.author < b.author ? -1 : 1)),
  };
}

function lastIndexOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
