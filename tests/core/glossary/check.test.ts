import { describe, expect, it } from 'vitest';
import { checkTerms, compileGlossary } from '../../../src/core/glossary';
import { terms } from './notation';

const glossary = terms([
  { source: 'serangan', targets: ['attack'], mode: 'derived' },
  { source: 'pasukan', targets: ['troops', 'forces'] },
  { source: 'penjaga perdamaian', targets: ['peacekeeping', 'peacekeeper'] },
  { source: 'pendudukan', targets: ['occupation'], status: 'proposed' },
  { source: 'CSTO', targets: ['CSTO'], caseSensitive: true },
]);
const matcher = compileGlossary(glossary);
const missing = (source: string[], target: string[]) => checkTerms(matcher, source, target, glossary).map((m) => m.source);

describe('checkTerms', () => {
  it.each([
    ['all terms rendered', ['Pasukan CSTO diserang.'], ['CSTO troops were attacked.'], []],
    ['one equivalent is enough', ['Pasukannya tiba.'], ['Their forces arrived.'], []],
    ['missing equivalent reported', ['Pasukan CSTO diserang.'], ['CSTO soldiers came under fire.'], ['pasukan', 'serangan']],
    ['several sentences form one unit', ['Misi penjaga perdamaian.', 'Pasukan tiba.'], ['A peacekeeping mission.', 'Troops arrived.'], []],
    ['proposed terms are not checked', ['Ini bukan pendudukan.'], ['This is no invasion.'], []],
    ['terms absent from the source are not checked', ['Rusia setuju.'], ['Russia agreed.'], []],
    ['case-sensitive equivalent', ['CSTO setuju.'], ['The csto agreed.'], ['CSTO']],
  ])('%s', (_d, source, target, expected) => {
    expect(missing(source, target).sort()).toEqual([...expected].sort());
  });

  it('returns the term with its equivalents', () => {
    expect(checkTerms(matcher, ['pasukan'], ['soldiers'], glossary)).toEqual([
      { termId: 2, source: 'pasukan', targets: ['troops', 'forces'] },
    ]);
  });
});

describe('checkTerms with compounds and inflections of an equivalent', () => {
  const files = terms([{ source: 'berkas', targets: ['file'] }]);
  const check = (source: string, target: string) => checkTerms(compileGlossary(files), [source], [target], files).map((m) => m.source);

  it.each([
    ['Filenames', 'Nama berkas tidak boleh kosong.', 'Filenames must not be empty.'],
    ['filesystem', 'Berkas disimpan di sistem berkas.', 'Files are kept on the filesystem.'],
    ["file's", 'Pemilik berkas itu.', "The file's owner."],
  ])('a correct English with %s raises no flag', (_w, source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it('an English with only an unrelated word that begins like the equivalent is still flagged', () => {
    expect(check('Berkas itu hilang.', 'The filet was lost.')).toEqual(['berkas']);
  });
});
