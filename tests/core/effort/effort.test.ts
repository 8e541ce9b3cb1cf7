import { describe, expect, it } from 'vitest';
import { documentEffort, type EffortSentence } from '../../../src/core/effort/effort';

const machine = (text: string) => ({ text, origin: 'machine', author: null });
const human = (text: string, author: string) => ({ text, origin: 'human', author });

describe('post-editing effort', () => {
  it.each<[string, EffortSentence[], { sentences: number; edited: number; machineWords: number; wordsChanged: number; percentChanged: number }]>([
    ['nothing machine-made counts', [{ text: 'Typed by a person.', revisions: [human('Typed by a person.', 'sari')] }], { sentences: 0, edited: 0, machineWords: 0, wordsChanged: 0, percentChanged: 0 }],
    ['machine English left alone', [{ text: 'The rain fell.', revisions: [machine('The rain fell.')] }], { sentences: 1, edited: 0, machineWords: 3, wordsChanged: 0, percentChanged: 0 }],
    [
      'one word of four changed, and a sentence rewritten from two words to three',
      [
        { text: 'The rain fell hard.', revisions: [machine('The rain fall hard.'), human('The rain fell hard.', 'sari')] },
        { text: 'Markets stayed busy.', revisions: [machine('Market busy.'), human('Markets stayed busy.', 'budi')] },
      ],
      { sentences: 2, edited: 2, machineWords: 6, wordsChanged: 3, percentChanged: 50 },
    ],
    [
      'the latest machine text is the one compared (translated again)',
      [{ text: 'New text.', revisions: [machine('Old words here.'), human('Edited old words.', 'sari'), machine('New text.')] }],
      { sentences: 1, edited: 0, machineWords: 2, wordsChanged: 0, percentChanged: 0 },
    ],
    ['more changed than there was: capped at 100%', [{ text: 'A much longer sentence now.', revisions: [machine('Short.'), human('A much longer sentence now.', 'sari')] }], { sentences: 1, edited: 1, machineWords: 1, wordsChanged: 5, percentChanged: 100 }],
  ])('%s', (_name, sentences, expected) => {
    expect(documentEffort(sentences)).toMatchObject(expected);
  });

  it('counts each revision to the person who saved it, from the text before it', () => {
    const effort = documentEffort([
      { text: 'The town was attacked at night.', revisions: [machine('Town attacked night.'), human('The town attacked at night.', 'sari'), human('The town was attacked at night.', 'budi')] },
      { text: 'Rain.', revisions: [machine('Rain.'), human('Rain.', 'budi')] },
    ]);
    expect(effort.editors).toEqual([
      { author: 'sari', revisions: 1, wordsChanged: 2 },
      { author: 'budi', revisions: 1, wordsChanged: 1 },
    ]);
  });
});
