/**
 * The message keys errors made in the core can carry, read from the source: every DomainError the
 * core constructs (through the helpers, DomainError itself or a subclass, whose messageKey names its
 * namespace), the glossary's own keys, and every problem a glossary file can have.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FILE_PROBLEMS } from '../../src/core/glossary/formats/validate';

const coreDir = path.resolve(import.meta.dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each DomainError subclass of the core and the prefix of its messageKey (errors: unless it says otherwise). */
function errorClasses(sources: string[]): Map<string, string> {
  const classes = new Map<string, string>([['DomainError', 'errors:']]);
  for (const text of sources) {
    for (const m of text.matchAll(/class (\w+) extends DomainError \{([\s\S]*?)\n\}/g)) {
      const body = m[2]!;
      const key = /get messageKey\(\): string \{\s*return `([\w:.]*)\$\{this\.code\}`/.exec(body);
      // A class whose key is not made from its code (GlossaryError) names its keys at each use, read below.
      if (key) classes.set(m[1]!, key[1]!);
      else if (!body.includes('messageKey')) classes.set(m[1]!, 'errors:');
    }
  }
  return classes;
}

export function coreMessageKeys(): string[] {
  const sources = sourceFiles(coreDir).map((f) => fs.readFileSync(f, 'utf8'));
  const classes = errorClasses(sources);
  const keys = new Set<string>(FILE_PROBLEMS.map((p) => `glossary:file.${p}`));
  for (const text of sources) {
    for (const m of text.matchAll(/\b(?:invalid|conflict|tooLarge|unavailable|forbidden)\(\s*'([a-z_]+)'/g)) keys.add(`errors:${m[1]}`);
    for (const m of text.matchAll(/new DomainError\(\s*'[a-z_]+',\s*'([a-z_]+)'/g)) keys.add(`errors:${m[1]}`);
    for (const [name, prefix] of classes) {
      if (name === 'DomainError') continue;
      for (const m of text.matchAll(new RegExp(`new ${name}\\(\\s*'([a-z_]+)'`, 'g'))) keys.add(`${prefix}${m[1]}`);
    }
    // GlossaryError names its key outright ('import.noFile', `error.${code}` of a change error).
    for (const m of text.matchAll(/new GlossaryError\([^)]*?'((?:import|error)\.\w+)'/g)) keys.add(`glossary:${m[1]}`);
  }
  for (const code of ['duplicate_term', 'unknown_document', 'invalid_term']) keys.add(`glossary:error.${code}`);
  keys.add('glossary:import.invalid');
  return [...keys].sort();
}
