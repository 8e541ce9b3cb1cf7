import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = path.resolve(import.meta.dirname, '../../locales');

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** English has _one and _other; Indonesian has no grammatical number, so only _other. */
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

function keysOf(lng: string) {
  const files = fs.readdirSync(path.join(localesDir, lng)).filter((f) => f.endsWith('.json')).sort();
  return Object.fromEntries(
    files.map((f) => [f, flatten(JSON.parse(fs.readFileSync(path.join(localesDir, lng, f), 'utf8'))).sort()]),
  );
}

describe('locales', () => {
  const en = keysOf('en');
  const id = keysOf('id');

  it('have the same namespaces', () => {
    expect(Object.keys(id)).toEqual(Object.keys(en));
  });

  it.each(Object.keys(en))('%s has the same keys in English and Indonesian', (file) => {
    const base = (keys: string[]) => [...new Set(keys.map(pluralBase))].sort();
    expect(base(id[file])).toEqual(base(en[file]));
  });

  it.each(Object.keys(id))('%s uses only the "other" plural form in Indonesian', (file) => {
    const plural = id[file].filter((k) => /_(zero|one|two|few|many)$/.test(k));
    expect(plural).toEqual([]);
    const pluralBases = en[file].filter((k) => k.endsWith('_other')).map(pluralBase);
    for (const b of pluralBases) expect(id[file]).toContain(`${b}_other`);
  });

  it('has no empty strings', () => {
    for (const lng of ['en', 'id']) {
      for (const file of fs.readdirSync(path.join(localesDir, lng))) {
        const flat = JSON.stringify(JSON.parse(fs.readFileSync(path.join(localesDir, lng, file), 'utf8')));
        expect(flat, `${lng}/${file}`).not.toContain('""');
      }
    }
  });
});
