import { describe, expect, it } from 'vitest';
import { PASSAGE_END, renderPassages, type PassageRendering } from '../../../src/web/documents/passage-fragments';

interface Row {
  id: number;
  text: string;
}

/** Renders rows as the template would, and records which rows it was asked for. */
function rendering(asked: number[][]): PassageRendering<Row> {
  return {
    contentOf: (row) => JSON.stringify(row),
    render: async (rows) => {
      asked.push(rows.map((r) => r.id));
      return rows.map((r) => `\n<section data-row="${r.id}">${r.text}</section>${PASSAGE_END}`).join('') + '\n';
    },
  };
}

const rows = (texts: string[]) => texts.map((text, id) => ({ id, text }));
const expected = (list: Row[]) => list.map((r) => `\n<section data-row="${r.id}">${r.text}</section>`).join('');

describe('renderPassages', () => {
  it('renders every passage the first time, in slices, in order', async () => {
    const asked: number[][] = [];
    const many = rows(Array.from({ length: 250 }, (_, i) => `teks ${i}`));
    const { html, fragments } = await renderPassages(many, 'en|1', undefined, rendering(asked));
    expect(html).toBe(expected(many));
    expect(asked.map((a) => a.length)).toEqual([100, 100, 50]);
    expect(fragments.html.size).toBe(250);
  });

  it('renders again only the passages whose content changed, and keeps the others as they were', async () => {
    const asked: number[][] = [];
    const before = rows(['satu', 'dua', 'tiga', 'empat']);
    const first = await renderPassages(before, 'en|1', undefined, rendering(asked));
    const after = rows(['satu', 'DUA', 'tiga', 'empat']);
    asked.length = 0;
    const second = await renderPassages(after, 'en|1', first.fragments, rendering(asked));
    expect(asked).toEqual([[1]]);
    expect(second.html).toBe(expected(after));
    // Only what the last rendering showed is kept.
    expect([...second.fragments.html.values()].some((h) => h.includes('>dua<'))).toBe(false);
  });

  it('reuses nothing made on another basis (language, glossary version)', async () => {
    const asked: number[][] = [];
    const list = rows(['satu', 'dua']);
    const first = await renderPassages(list, 'en|1', undefined, rendering(asked));
    asked.length = 0;
    await renderPassages(list, 'id|1', first.fragments, rendering(asked));
    expect(asked).toEqual([[0, 1]]);
  });

  it('fails rather than put one passage in the place of another when the template wrote a different number', async () => {
    const broken: PassageRendering<Row> = { contentOf: (row) => JSON.stringify(row), render: async () => `<section></section>${PASSAGE_END}` };
    await expect(renderPassages(rows(['satu', 'dua']), 'en|1', undefined, broken)).rejects.toThrow(/Rendered 1 passages for 2/);
  });
});
