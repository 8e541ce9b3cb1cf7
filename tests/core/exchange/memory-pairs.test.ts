import { describe, expect, it } from 'vitest';
import { memoryPairsFromTmx } from '../../../src/core/exchange/memory-pairs';
import { rootText } from '../../../src/core/search/words';

const tmx = (units: string) => `<?xml version="1.0"?><tmx version="1.4"><header srclang="id"/><body>${units}</body></tmx>`;
const tu = (id: string, en: string) => `<tu><tuv xml:lang="id"><seg>${id}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;

describe('a TMX file as memory pairs', () => {
  const cases: { name: string; units: string; pairs: [string, string][] }[] = [
    { name: 'a unit with both sides', units: tu('Mereka diserang.', 'They were attacked.'), pairs: [['Mereka diserang.', 'They were attacked.']] },
    { name: 'sides trimmed', units: tu('  Hujan. ', ' Rain. '), pairs: [['Hujan.', 'Rain.']] },
    { name: 'no English: left out', units: tu('Hujan.', '') + tu('Kota.', 'Town.'), pairs: [['Kota.', 'Town.']] },
    { name: 'markup in a segment stays text', units: tu('a &lt;b&gt; b', 'x &amp; y'), pairs: [['a <b> b', 'x & y']] },
  ];
  for (const c of cases) {
    it(c.name, () => expect(memoryPairsFromTmx(tmx(c.units)).map((p) => [p.source, p.target])).toEqual(c.pairs));
  }

  it('gives each pair its Indonesian roots, as sentences are stored', () => {
    expect(memoryPairsFromTmx(tmx(tu('Mereka diserang.', 'They were attacked.')))[0]!.roots).toBe(rootText('Mereka diserang.'));
  });

  it('refuses a file that is not TMX, as the document import does', () => {
    expect(() => memoryPairsFromTmx('<html></html>')).toThrow(expect.objectContaining({ code: 'tmx_not_tmx' }));
  });
});
