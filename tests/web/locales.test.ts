import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreMessageKeys } from './core-messages';

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

describe('messages made in the core', () => {
  const messages = (lng: string, key: string): unknown => {
    const [ns, rest] = key.split(':') as [string, string];
    const file = path.join(localesDir, lng, `${ns}.json`);
    if (!fs.existsSync(file)) return undefined;
    let value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const part of rest.split('.')) value = (value as Record<string, unknown> | undefined)?.[part] ?? (value as Record<string, unknown> | undefined)?.[`${part}_other`];
    return value;
  };

  it('finds the keys of the errors the core makes', () => {
    const keys = coreMessageKeys();
    expect(keys).toEqual(expect.arrayContaining(['errors:tmx_invalid', 'errors:no_next_link', 'glossary:file.unknown_column', 'glossary:import.noFile']));
  });

  it.each(['en', 'id'])('has a message in %s for every one of them', (lng) => {
    const missing = coreMessageKeys().filter((key) => typeof messages(lng, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
