import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, supportedLanguage } from '../../src/web/language';

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
