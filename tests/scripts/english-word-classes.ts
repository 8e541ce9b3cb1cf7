/**
 * Writes src/core/glossary/english-word-classes.json: the few English word classes that
 * glossary matching needs (see src/core/glossary/english.ts), taken from the lexicon the `natural`
 * package ships with its part-of-speech tagger (MIT licence). The whole lexicon is 3.9 MB and takes
 * up to a second to read; these lists are a few hundred KB.
 * Usage: npx tsx tests/scripts/english-word-classes.ts
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { englishWordClasses } from './word-classes';

const lexicon = createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const out = path.resolve(import.meta.dirname, '../../src/core/glossary/english-word-classes.json');
fs.writeFileSync(out, JSON.stringify(englishWordClasses(lexicon)) + '\n');
console.log(`wrote ${out}`);
