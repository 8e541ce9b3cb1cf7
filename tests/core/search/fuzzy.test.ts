import { describe, expect, it } from 'vitest';
import { similarity, wordEditDistance } from '../../../src/core/search/fuzzy';

describe('word edit distance', () => {
  it.each([
    [[], [], 0],
    [['a'], [], 1],
    [[], ['a', 'b'], 2],
    [['a', 'b', 'c'], ['a', 'b', 'c'], 0],
    [['a', 'b', 'c'], ['a', 'x', 'c'], 1],
    [['a', 'b', 'c'], ['b', 'c'], 1],
    [['a', 'b'], ['b', 'a'], 2],
    [['kitten', 'sat'], ['sitting', 'sat', 'down'], 2],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(wordEditDistance(a, b)).toBe(distance);
  });

  it.each([
    ['Presiden datang.', 'Presiden datang.', 100],
    ['Presiden datang.', 'presiden DATANG', 100],
    ['Presiden datang kemarin.', 'Presiden datang hari ini.', 50],
    ['Harga beras naik.', 'Cuaca cerah sekali.', 0],
    ['', '', 100],
  ])('%j and %j are %i%% alike', (a, b, score) => {
    expect(similarity(a, b)).toBe(score);
  });
});
