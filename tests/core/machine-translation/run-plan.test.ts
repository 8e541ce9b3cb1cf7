import { describe, expect, it } from 'vitest';
import { planBatches, type ParagraphTranslation } from '../../../src/core/machine-translation/planner';
import { runPlan } from '../../../src/core/machine-translation/run-plan';
import { TranslationError } from '../../../src/core/machine-translation/errors';
import type { TranslationRequest, TranslationResult, Translator } from '../../../src/core/machine-translation/types';

/** Upper-cases texts after a short delay; can be told to fail on a given call. */
function memoryTranslator(failOnCall?: number) {
  const calls: TranslationRequest[] = [];
  let running = 0;
  let peak = 0;
  const translator: Translator = {
    engine: 'memory',
    async translate(request) {
      calls.push(request);
      const call = calls.length;
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (call === failOnCall) throw new TranslationError('quota', 'quota used up');
      return request.texts.map((text): TranslationResult => ({ text: text.toUpperCase(), billedCharacters: text.length, detectedSourceLang: 'id' }));
    },
    usage: async () => ({ characterCount: 0, characterLimit: null, limitReached: false }),
  };
  return { translator, calls, peak: () => peak };
}

const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => ({ index, text: `paragraf ${index}.` }));

describe('runPlan', () => {
  it('translates every batch within the concurrency limit and returns paragraphs in order', async () => {
    const engine = memoryTranslator();
    const batches = planBatches(paragraphs(9), { maxTexts: 2 });
    const seen: number[] = [];
    const results = await runPlan(engine.translator, batches, {
      targetLang: 'en-US',
      glossaryId: 'g1',
      concurrency: 2,
      onParagraph: (p) => void seen.push(p.index),
    });
    expect(results.map((r) => r.text)).toEqual(paragraphs(9).map((p) => p.text.toUpperCase()));
    expect(engine.calls).toHaveLength(5);
    expect(engine.calls.every((c) => c.glossaryId === 'g1' && c.targetLang === 'en-US')).toBe(true);
    expect(engine.peak()).toBe(2);
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reports a split paragraph once, when its last piece is back', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Kalimat ${i} cukup panjang untuk dipotong.`).join(' ');
    const batches = planBatches([{ index: 0, text: long }, { index: 1, text: 'Akhir.' }], { maxBytes: 2048, contextBytes: 0 });
    expect(batches.flatMap((b) => b.texts).filter((t) => t.paragraphIndex === 0).length).toBeGreaterThan(1);
    const reported: ParagraphTranslation[] = [];
    await runPlan(memoryTranslator().translator, batches, { targetLang: 'en-GB', concurrency: 3, onParagraph: (p) => void reported.push(p) });
    expect(reported.filter((p) => p.index === 0).map((p) => p.text)).toEqual([long.toUpperCase()]);
  });

  it('starts no batch after a failure, keeps what finished, and throws the error', async () => {
    const engine = memoryTranslator(2);
    const batches = planBatches(paragraphs(10), { maxTexts: 1 });
    const saved: number[] = [];
    const error = await runPlan(engine.translator, batches, {
      targetLang: 'en-US',
      concurrency: 1,
      onParagraph: (p) => void saved.push(p.index),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'quota' });
    expect(engine.calls).toHaveLength(2);
    expect(saved).toEqual([0]);
  });

  it('stops when the signal aborts', async () => {
    const engine = memoryTranslator();
    const controller = new AbortController();
    const batches = planBatches(paragraphs(6), { maxTexts: 1 });
    const run = runPlan(engine.translator, batches, {
      targetLang: 'en-US',
      concurrency: 1,
      signal: controller.signal,
      onParagraph: (p) => {
        if (p.index === 1) controller.abort(new Error('cancelled by user'));
      },
    });
    await expect(run).rejects.toThrow('cancelled by user');
    expect(engine.calls).toHaveLength(2);
  });
});
