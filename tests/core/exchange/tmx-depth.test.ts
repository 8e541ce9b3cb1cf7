import { describe, expect, it } from 'vitest';
import { parseTmx, TmxError } from '../../../src/core/exchange/tmx-parse';

describe('TMX nested past the parser\'s limit', () => {
  it('is an invalid TMX file (tmx_invalid), not an exception of the parser', () => {
    const deep = '<x>'.repeat(150) + '</x>'.repeat(150);
    const xml = `<?xml version="1.0"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="id"><seg>a</seg></tuv>${deep}</tu></body></tmx>`;
    let caught: unknown;
    try {
      parseTmx(xml);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TmxError);
    expect(caught).toMatchObject({ kind: 'invalid', code: 'tmx_invalid' });
  });
});
