/**
 * What an import does (segment both sides, align them) on 2 MiB documents: a normal one next
 * to pathological ones, in one run. Prints wall and CPU time per document; nothing within the
 * import limits (2 MiB a side, 20,000 paragraphs) should take more than a few seconds.
 */
import { segmentDocument } from '../../src/core/text';
import { alignDocument } from '../../src/core/align';
import { ENGLISH, INDONESIAN, numberedSentences, randomWordSentences, repeatTo } from '../core/pathological-inputs';

const SIZE = 2 * 1024 * 1024;
const giant = 'x'.repeat(SIZE);

const documents: Record<string, () => { source: string; translation: string }> = {
  'normal 2 MiB document': () => ({ source: repeatTo(`${INDONESIAN}\n`, SIZE), translation: repeatTo(`${ENGLISH}\n`, SIZE) }),
  'one 2 MiB word a side': () => ({ source: giant, translation: giant }),
  'normal source, one-word translation': () => ({ source: repeatTo(`${INDONESIAN}\n`, SIZE), translation: giant }),
  'one sentence repeated': () => ({ source: repeatTo('Pasukan keamanan tiba di Almaty. ', SIZE), translation: repeatTo('Security forces arrived in Almaty. ', SIZE) }),
  'two-letter sentences, 100 a paragraph': () => ({ source: repeatTo(`${repeatTo('Ya. ', 400)}\n`, SIZE), translation: repeatTo(`${repeatTo('Yes. ', 500)}\n`, SIZE) }),
  '20,000 one-letter paragraphs': () => ({ source: repeatTo('a\n', 40_000), translation: repeatTo('b\n', 40_000) }),
  '20,000 paragraphs of 100 characters': () => ({ source: repeatTo(`${repeatTo('Pasukan keamanan tiba di Almaty. ', 99)}\n`, 2_000_000), translation: repeatTo(`${repeatTo('Security forces arrived in Almaty. ', 99)}\n`, 2_000_000) }),
  'numbered sentences, 100 a paragraph': () => ({ source: numberedSentences('Ya', SIZE, 100), translation: numberedSentences('Yes', SIZE, 100) }),
  'numbered sentences in one paragraph': () => ({ source: numberedSentences('Ya', SIZE), translation: numberedSentences('Yes', SIZE) }),
  'digits-only sentences': () => ({ source: repeatTo('12. 345. 6. ', SIZE), translation: repeatTo('12. 345. 6. ', SIZE) }),
  'one-letter sentences': () => ({ source: repeatTo('a. b. c. ', SIZE), translation: repeatTo('a. b. c. ', SIZE) }),
  'exclamations and questions': () => ({ source: repeatTo('Ya! Tidak? ', SIZE), translation: repeatTo('Yes! No? ', SIZE) }),
  'random one-word sentences': () => ({ source: randomWordSentences(SIZE, 1), translation: randomWordSentences(SIZE, 2) }),
};

for (const [name, make] of Object.entries(documents)) {
  const { source, translation } = make();
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const src = segmentDocument(source, 'id');
  const tgt = segmentDocument(translation, 'en');
  const segmented = performance.now();
  alignDocument(src.map((p) => p.sentences), tgt.map((p) => p.sentences));
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  const sentences = (doc: typeof src) => doc.reduce((n, p) => n + p.sentences.length, 0);
  console.log(
    `${name.padEnd(40)} ${String(src.length).padStart(6)}/${String(tgt.length).padEnd(6)} paragraphs ${String(sentences(src)).padStart(7)}/${String(sentences(tgt)).padEnd(7)} sentences` +
      `  segment ${(segmented - wall).toFixed(0).padStart(5)} ms  align ${(done - segmented).toFixed(0).padStart(5)} ms  total ${(done - wall).toFixed(0).padStart(5)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`,
  );
}
