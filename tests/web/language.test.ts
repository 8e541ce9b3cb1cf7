import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { fromAcceptLanguage, keptTranslations, supportedLanguage } from '../../src/web/language';

describe('supportedLanguage', () => {
  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['EN-gb', 'en'],
    [' en ', 'en'],
    ['in', null],
    ['xx', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (tag, expected) => {
    expect(supportedLanguage(tag)).toBe(expected);
  });
});

describe('fromAcceptLanguage', () => {
  it.each([
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,id;q=0.5', 'id'],
    ['en;q=0.2, id;q=0.7', 'id'],
    ['id;q=0, en;q=0.1', 'en'],
    ['fr, de', null],
    ['*', null],
    ['', null],
  ])('%j → %j', (header, expected) => {
    expect(fromAcceptLanguage(header)).toBe(expected);
  });
});

describe('keptTranslations', () => {
  const calls: unknown[][] = [];
  const translate = ((...args: unknown[]) => {
    calls.push(args);
    const [key, options] = args as [string, { count?: number } | undefined];
    return options?.count === undefined ? `text of ${key}` : `${options.count} of ${key}`;
  }) as unknown as TFunction;

  it('answers a plain key from its memo after the first time, and a call with options every time', () => {
    calls.length = 0;
    const t = keptTranslations(translate);
    expect([t('reader:help'), t('reader:help'), t('reader:help')]).toEqual(['text of reader:help', 'text of reader:help', 'text of reader:help']);
    expect(calls).toEqual([['reader:help']]);
    expect([t('items', { count: 1 }), t('items', { count: 2 })]).toEqual(['1 of items', '2 of items']);
    expect(calls).toHaveLength(3);
  });

  it('keeps no more than a bounded number of keys, however many are asked for', () => {
    calls.length = 0;
    const t = keptTranslations(translate);
    for (let i = 0; i < 6000; i++) t(`made:${i}`);
    calls.length = 0;
    t('made:1');
    t('made:5999');
    // The first keys are kept; a key past the bound is looked up again.
    expect(calls).toEqual([['made:5999']]);
  });
});
