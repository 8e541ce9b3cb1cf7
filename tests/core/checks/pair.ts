import type { CheckPair } from '../../../src/core/checks/types';

/** A one-link pair; a string with " | " holds several sentences. */
export const pair = (source: string, target: string, link = 0): CheckPair => ({
  link,
  source: source === '' ? [] : source.split(' | '),
  target: target === '' ? [] : target.split(' | '),
});
