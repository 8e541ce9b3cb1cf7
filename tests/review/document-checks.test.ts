import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createCompute, type Compute } from '../../src/compute/compute';
import { packTextLists } from '../../src/compute/packing';
import { allChecks, runChecks, type CheckPair } from '../../src/core/checks/index';
import { compileGlossary } from '../../src/core/glossary';
import { checkPairs, documentFindings, documentFindingsTask, type FindingsTask, type LibraryMessage } from '../../src/review/document-checks';
import { terms } from '../core/glossary/notation';

const glossary = terms([
  { source: 'pasukan', targets: ['troops'] },
  { source: 'serangan', targets: ['attack'], mode: 'derived' },
]);
// A term of another document: the task is sent only the terms that apply, as the service does.
const ownTerm = { ...terms([{ source: 'pasar', targets: ['market'] }])[0]!, id: 99, documentId: 7 };

const pairs: CheckPair[] = [
  { link: 0, source: ['Pasukan tiba pada 12 Mei.'], target: ['The soldiers arrived on 21 May.'] },
  { link: 1, source: ['Pasar ramai.', 'Kota diserang.'], target: ['The the bazaar is busy.'] },
  { link: 2, source: ['Hujan turun.'], target: [] },
  { link: 3, source: [], target: ['An added sentence.'] },
  { link: 4, source: ['Pasukan diserang.'], target: ['The troops came under attack.'] },
];

const task = (memo: string, documentId: number): FindingsTask => ({
  memo,
  texts: packTextLists(pairs.flatMap((p) => [p.source, p.target])),
  glossary: { version: 3, documentId, terms: documentId === 7 ? [...glossary, ownTerm] : glossary },
  library: [],
  enabled: [...allChecks()],
});

const expected = (documentId: number) => {
  const used = documentId === 7 ? [...glossary, ownTerm] : glossary;
  return runChecks(pairs, { enabled: allChecks(), glossary: { matcher: compileGlossary(used, { documentId }), terms: used }, library: [] });
};

describe('the checks of a document as a worker runs them', () => {
  let compute: Compute | undefined;
  afterEach(async () => {
    await compute?.close();
    compute = undefined;
  });

  it('rebuilds each link from the packed texts, empty sides included', () => {
    expect(checkPairs(task('a', 1).texts)).toEqual(pairs);
  });

  it('finds what the checks find over the same links, with the document’s own terms where it has them', () => {
    const found = documentFindings(task('a', 1));
    expect(found).toEqual(expected(1));
    expect(found.map((f) => `${f.check}@${f.link}`)).toEqual(['numbers@0', 'glossary@0', 'doubled@1', 'glossary@1']);
    const withOwn = documentFindings(task('a', 7));
    expect(withOwn).toEqual(expected(7));
    expect(withOwn.find((f) => f.check === 'glossary' && f.link === 1)?.params.terms).toBe('pasar → market; serangan → attack');
  });

  it('answers the same the second time, from the memo of the same owner', () => {
    expect(documentFindings(task('b', 1))).toEqual(documentFindings(task('b', 1)));
  });

  it('runs on a worker thread with the same result', async () => {
    compute = createCompute({ threads: 1, nice: 0, inlineBelow: 0 });
    expect(await compute.run('documentFindings', task('c', 1))).toEqual(expected(1));
  });

  // A one-to-one link of four words or more, which another document translates otherwise: inconsistent.
  const compared: CheckPair[] = [...pairs, { link: 5, source: ['Pasar kota tetap ramai.'], target: ['The town market stays busy.'] }];
  const library = [{ source: 'Pasar kota tetap ramai.', target: 'The city market is always crowded.' }];
  const comparedTask = (memo: string): FindingsTask => ({ ...task(memo, 1), texts: packTextLists(compared.flatMap((p) => [p.source, p.target])) });
  const withLibrary = () => {
    const found = runChecks(compared, { enabled: allChecks(), glossary: { matcher: compileGlossary(glossary, { documentId: 1 }), terms: glossary }, library });
    expect(found.filter((f) => f.check === 'inconsistent').map((f) => f.link)).toEqual([5]);
    return found;
  };

  it('takes the library’s pairs from a port when they come after the task, on this thread and on a worker', async () => {
    const viaPort = async (run: (t: FindingsTask) => Promise<unknown>) => {
      const { port1, port2 } = new MessageChannel();
      const running = run({ ...comparedTask('e'), libraryPort: port2 });
      // The pairs are sent once the task is under way, as the service does after reading them.
      await new Promise((resolve) => setTimeout(resolve, 20));
      port1.postMessage({ pairs: library } satisfies LibraryMessage);
      return running;
    };
    expect(await viaPort(async (t) => documentFindingsTask(t))).toEqual(withLibrary());
    compute = createCompute({ threads: 1, nice: 0, inlineBelow: 0 });
    expect(await viaPort((t) => compute!.run('documentFindings', t))).toEqual(withLibrary());
  });

  it('gives up when the port closes without pairs or says they could not be read, leaving the worker free', async () => {
    const closed = new MessageChannel();
    const running = documentFindingsTask({ ...task('f', 1), libraryPort: closed.port2 });
    closed.port1.close();
    await expect(running).rejects.toThrow(/never came/);
    compute = createCompute({ threads: 1, nice: 0, inlineBelow: 0 });
    expect(await compute.run('documentFindings', task('f', 1))).toEqual(expected(1));
    const refused = new MessageChannel();
    const failing = compute.run('documentFindings', { ...task('f', 1), libraryPort: refused.port2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    refused.port1.postMessage({ failed: 'database gone' } satisfies LibraryMessage);
    await expect(failing).rejects.toThrow(/database gone/);
    expect(await compute.run('documentFindings', task('f', 1))).toEqual(expected(1));
  });
});
