import { describe, expect, it } from 'vitest';
import {
  DEEPL_MAX_BYTES,
  batchToRequest,
  buildContext,
  mergeBatchResults,
  planBatches,
  splitToFit,
  type PlannedBatch,
  type SourceParagraph,
} from '../../../src/core/machine-translation/planner';
import { formEncodedLength } from '../../../src/core/machine-translation/form-size';
import type { TranslationResult } from '../../../src/core/machine-translation/types';

const paragraphs = (texts: string[]): SourceParagraph[] => texts.map((text, index) => ({ index, text }));

/** The body deepl-node would send for this batch, with every option we use set. */
function wireBody(batch: PlannedBatch): string {
  const form = new URLSearchParams({ target_lang: 'EN-GB', source_lang: 'id' });
  form.append('glossary_id', '0d2f1e7a-6a7b-4e0c-9c1d-0123456789ab');
  form.append('show_billed_characters', '1');
  for (const text of batch.texts) form.append('text', text.text);
  form.append('split_sentences', 'nonewlines');
  form.append('preserve_formatting', '1');
  if (batch.context !== undefined) form.append('context', batch.context);
  form.append('model_type', 'prefer_quality_optimized');
  return form.toString();
}

/** Pretends to translate: echoes every text, so merging can be checked against the source. */
function echo(batches: PlannedBatch[]): TranslationResult[][] {
  return batches.map((b) => b.texts.map((t) => ({ text: t.text, billedCharacters: t.text.length, detectedSourceLang: 'id' })));
}

function sentence(i: number): string {
  return `Kalimat nomor ${i} menjelaskan kebijakan pemerintah daerah tentang pangan, air bersih, dan sekolah.`;
}

describe('formEncodedLength', () => {
  it.each([
    ['plain ascii', 'Presiden Joko Widodo'],
    ['punctuation', 'Harga naik 5%, kata "BPS" (2024): 3+4=7 & a/b?'],
    ['non-ascii', 'Café — “kutipan” … naïve ü'],
    ['emoji and astral', 'Banjir 🌊 di Jakarta 𝔸'],
    ['newlines and tabs', 'satu\ndua\tduo\r\ntiga'],
  ])('matches URLSearchParams for %s', (_name, text) => {
    expect(formEncodedLength(text)).toBe(new URLSearchParams({ x: text }).toString().length - 2);
  });
});

describe('planBatches: limits', () => {
  it('puts 51 short paragraphs into two requests of 50 and 1', () => {
    const batches = planBatches(paragraphs(Array.from({ length: 51 }, (_, i) => sentence(i))));
    expect(batches.map((b) => b.texts.length)).toEqual([50, 1]);
  });

  it('honours a smaller maxTexts', () => {
    const batches = planBatches(paragraphs(Array.from({ length: 7 }, (_, i) => sentence(i))), { maxTexts: 3 });
    expect(batches.map((b) => b.texts.length)).toEqual([3, 3, 1]);
  });

  it('keeps every request body within 128 KiB, multi-byte text included', () => {
    const big = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');
    const accented = Array.from({ length: 60 }, () => '“Ekonomi tumbuh 5 %” — kata menteri… ').join('');
    const texts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? big : accented));
    const batches = planBatches(paragraphs(texts));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      const body = Buffer.byteLength(wireBody(batch));
      expect(body).toBeLessThanOrEqual(DEEPL_MAX_BYTES);
      expect(body).toBeLessThanOrEqual(batch.payloadBytes);
    }
    expect(batches.flatMap((b) => b.texts.map((t) => t.paragraphIndex))).toEqual(texts.map((_, i) => i));
  });

  it('fills requests close to the limit instead of sending one paragraph each', () => {
    const texts = Array.from({ length: 30 }, (_, i) => Array.from({ length: 100 }, (_, j) => sentence(i * 100 + j)).join(' '));
    const batches = planBatches(paragraphs(texts));
    const total = texts.reduce((sum, t) => sum + formEncodedLength(t), 0);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(total / (DEEPL_MAX_BYTES - 8 * 1024)));
  });

  it('leaves blank paragraphs out', () => {
    const batches = planBatches(paragraphs(['Satu.', '   ', '', 'Dua.']));
    expect(batches[0]!.texts.map((t) => t.paragraphIndex)).toEqual([0, 3]);
  });
});

describe('planBatches: oversized paragraphs', () => {
  it('splits at sentence boundaries and merges back to the whole paragraph', () => {
    const long = Array.from({ length: 2500 }, (_, i) => sentence(i)).join(' ');
    expect(formEncodedLength(long)).toBeGreaterThan(DEEPL_MAX_BYTES);
    const batches = planBatches(paragraphs(['Judul berita.', long, 'Penutup.']));
    const pieces = batches.flatMap((b) => b.texts).filter((t) => t.paragraphIndex === 1);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.text).toMatch(/^Kalimat nomor \d+ .*sekolah\.$/);
    for (const batch of batches) expect(Buffer.byteLength(wireBody(batch))).toBeLessThanOrEqual(DEEPL_MAX_BYTES);

    const merged = mergeBatchResults(batches, echo(batches));
    expect(merged.map((m) => m.index)).toEqual([0, 1, 2]);
    expect(merged[1]!.text).toBe(long);
    expect(merged[1]!.billedCharacters).toBe(pieces.reduce((sum, p) => sum + p.text.length, 0));
  });

  it('falls back to word boundaries for a sentence without punctuation', () => {
    const words = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');
    const pieces = splitToFit(words, 500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(formEncodedLength(piece)).toBeLessThanOrEqual(500);
    expect(pieces.join(' ')).toBe(words);
  });

  it('cuts a single word longer than the limit', () => {
    const word = 'x'.repeat(1300);
    expect(splitToFit(word, 500).map((p) => p.length)).toEqual([500, 500, 300]);
  });
});

describe('planBatches: context', () => {
  it('gives each request the paragraph before and after it', () => {
    const texts = ['Pembuka artikel.', 'Kedua.', 'Ketiga.', 'Keempat.', 'Penutup artikel.'];
    const batches = planBatches(paragraphs(texts), { maxTexts: 2 });
    expect(batches.map((b) => b.texts.map((t) => t.paragraphIndex))).toEqual([[0, 1], [2, 3], [4]]);
    expect(batches.map((b) => b.context)).toEqual(['Ketiga.', 'Kedua.\n\nPenutup artikel.', 'Keempat.']);
  });

  it('gives every paragraph its own neighbours with maxTexts 1', () => {
    const batches = planBatches(paragraphs(['A satu.', 'B dua.', 'C tiga.']), { maxTexts: 1 });
    expect(batches.map((b) => b.context)).toEqual(['B dua.', 'A satu.\n\nC tiga.', 'B dua.']);
  });

  it('sends no context when contextBytes is 0 or there is a single request', () => {
    expect(planBatches(paragraphs(['Satu.', 'Dua.']), { maxTexts: 1, contextBytes: 0 }).map((b) => b.context)).toEqual([
      undefined,
      undefined,
    ]);
    expect(planBatches(paragraphs(['Satu.', 'Dua.']))[0]!.context).toBeUndefined();
  });

  it('keeps the end of the text before and the start of the text after within budget', () => {
    const before = Array.from({ length: 200 }, (_, i) => `sebelum${i}`).join(' ');
    const after = Array.from({ length: 200 }, (_, i) => `sesudah${i}`).join(' ');
    const context = buildContext(before, after, 600)!;
    expect(formEncodedLength(context)).toBeLessThanOrEqual(600);
    const [head, tail] = context.split('\n\n');
    expect(before.endsWith(head!)).toBe(true);
    expect(after.startsWith(tail!)).toBe(true);
    expect(head!.length).toBeGreaterThan(250);
    expect(tail!.length).toBeGreaterThan(250);
  });
});

describe('batchToRequest and mergeBatchResults', () => {
  it('builds the engine request from a batch', () => {
    const [batch] = planBatches(paragraphs(['Satu.', 'Dua.']));
    expect(batchToRequest(batch!, 'en-US', 'g-1')).toEqual({
      texts: ['Satu.', 'Dua.'],
      context: undefined,
      targetLang: 'en-US',
      glossaryId: 'g-1',
    });
  });

  it('refuses results that do not match the plan', () => {
    const batches = planBatches(paragraphs(['Satu.', 'Dua.']));
    expect(() => mergeBatchResults(batches, [[{ text: 'One.', billedCharacters: 5, detectedSourceLang: 'id' }]])).toThrow(
      /sent 2 texts but got 1/,
    );
    expect(() => mergeBatchResults(batches, [])).toThrow(/expected results for 1 batches/);
  });

  it('refuses a split paragraph with a missing piece', () => {
    const long = Array.from({ length: 2500 }, (_, i) => sentence(i)).join(' ');
    const batches = planBatches(paragraphs([long]));
    const results = echo(batches);
    expect(batches.length).toBeGreaterThan(1);
    expect(() => mergeBatchResults(batches.slice(1), results.slice(1))).toThrow(/pieces/);
  });
});
