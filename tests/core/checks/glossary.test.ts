import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../../src/core/checks/glossary';
import { compileGlossary } from '../../../src/core/glossary';
import { terms } from '../glossary/notation';
import { pair } from './pair';

const glossary = terms([
  { source: 'serangan', targets: ['attack'], mode: 'derived' },
  { source: 'pasukan', targets: ['troops', 'forces'] },
  { source: 'pendudukan', targets: ['occupation'], status: 'proposed' },
]);
const check = { matcher: compileGlossary(glossary), terms: glossary };

const cases: [string, string, string, string | null][] = [
  ['equivalent present', 'Pasukan tiba.', 'The troops arrived.', null],
  ['derived form found, equivalent present', 'Kota itu diserang.', 'The town was attacked.', null],
  ['equivalent missing', 'Pasukan tiba.', 'The soldiers arrived.', 'pasukan → troops / forces'],
  ['two missing', 'Pasukan diserang.', 'Soldiers came under fire.', 'pasukan → troops / forces; serangan → attack'],
  ['proposed terms are not checked', 'Ini pendudukan.', 'This is an invasion.', null],
  ['omission left to the alignment', 'Pasukan tiba.', '', null],
];

describe('checkGlossary', () => {
  it.each(cases)('%s', (_name, source, target, expected) => {
    const terms = checkGlossary(pair(source, target), check)?.params.terms ?? null;
    if (expected === null) expect(terms).toBeNull();
    else expect(String(terms).split('; ').sort()).toEqual(expected.split('; ').sort());
  });
});
