import { describe, expect, it } from 'vitest';
import { compileGlossary, type GlossaryTerm } from '../../../src/core/glossary';
import { markSource, terms, unmark } from './notation';

type Row = [description: string, glossary: GlossaryTerm[], marked: string];

function check(rows: Row[]) {
  it.each(rows)('%s', (_d, glossary, marked) => {
    expect(markSource(glossary, unmark(marked))).toBe(marked);
  });
}

const forms = (...sources: string[]) => terms(sources.map((source) => ({ source })));
const derived = (...sources: string[]) => terms(sources.map((source) => ({ source, mode: 'derived' as const })));

describe('forms mode', () => {
  check([
    ['word as written, any case', forms('pasukan'), 'Pasukan(pasukan) tiba. Lalu pasukan(pasukan) pergi.'],
    ['clitic -nya', forms('pasukan'), 'Semua pasukannya(pasukan) tiba.'],
    ['clitics -lah, -kah, -pun, -ku, -mu', forms('rumah'), 'rumahlah(rumah) rumahkah(rumah) rumahpun(rumah) rumahku(rumah) rumahmu(rumah)'],
    ['possessive then particle', forms('rumah'), 'Itu rumahnyalah(rumah).'],
    ['clitic after a hyphen', forms('Kazakhstan'), 'Presiden Kazakhstan-nya(Kazakhstan) datang.'],
    ['full reduplication', forms('negara'), 'negara-negara(negara) anggota'],
    ['reduplication with clitic', forms('negara'), 'negara-negaranya(negara) sendiri'],
    ['no affix stripping in forms mode', forms('serang'), 'Rusia diserang dan menyerang; serang(serang)!'],
    ['sekolah is not seko + -lah', forms('seko'), 'Dia pergi ke sekolah.'],
    ['sekolah matches itself and its clitics', forms('sekolah'), 'sekolah(sekolah) dan sekolahnya(sekolah)'],
    ['hanya is not ha + -nya', forms('ha'), 'Ini hanya contoh.'],
    ['hanya keeps its clitics', forms('hanya'), 'hanya(hanya) dan hanyalah(hanya)'],
    ['apakah is a word of its own', forms('apakah', 'apa'), 'Apakah(apakah) itu apa(apa)?'],
    ['word inside a longer word does not match', forms('aman'), 'keamanan dan aman(aman)'],
  ]);
});

describe('derived mode', () => {
  check([
    ['prefixes and suffixes of the root', derived('serangan'),
      'Rusia diserang(serangan), menyerang(serangan), serangan(serangan), penyerangan(serangan).'],
    ['meN- sound changes', derived('kirim', 'tulis', 'pakai', 'baca', 'kumpul'),
      'mengirim(kirim) menulis(tulis) memakai(pakai) membaca(baca) berkumpul(kumpul)'],
    ['ke-…-an and per-…-an', derived('aman', 'tempur'), 'keamanan(aman) pertempuran(tempur) bertempur(tempur)'],
    ['clitics and reduplication on derived words', derived('serang'), 'serangan-serangan(serang) serangannya(serang)'],
    ['pasukan is not pasu + -kan', derived('pasu'), 'pasukan tiba'],
    ['pasukan derives pasukannya', derived('pasukan'), 'pasukan(pasukan) dan pasukannya(pasukan)'],
    ['perintah does not reach pemerintah', derived('perintah'), 'kantor pemerintah dan pemerintahan, memerintah(perintah) atas perintah(perintah)'],
    ['pemerintah does not reach perintah', derived('pemerintah'), 'pemerintah(pemerintah), pemerintahan(pemerintah), perintah, memerintah'],
    ['penduduk does not reach pendudukan', derived('penduduk'), 'penduduk(penduduk), kependudukan(penduduk), pendudukan'],
    ['pendudukan is peN-…-an of duduk', derived('pendudukan'), 'pendudukan(pendudukan) dan menduduki(pendudukan), penduduk'],
    ['sekolah stays one root', derived('sekolah'), 'sekolah(sekolah) bersekolah(sekolah) seko'],
    ['unknown words match by form', derived('Kazakhstan'), 'di Kazakhstan(Kazakhstan) dan Kazakhstannya(Kazakhstan)'],
  ]);
});

describe('multi-word terms and overlap', () => {
  check([
    ['two words', forms('penjaga perdamaian'), 'misi penjaga perdamaian(penjaga perdamaian) di sana'],
    ['reduplicated first word', forms('penjaga perdamaian'), 'penjaga-penjaga perdamaian(penjaga perdamaian)'],
    ['longest wins', forms('Sekretaris Jenderal', 'Sekretaris Jenderal CSTO', 'CSTO'),
      'Sekretaris Jenderal CSTO(Sekretaris Jenderal CSTO) dan Sekretaris Jenderal(Sekretaris Jenderal) serta CSTO(CSTO)'],
    ['overlap: more words win', forms('pasukan keamanan', 'keamanan kolektif CSTO'),
      'pasukan keamanan kolektif CSTO(keamanan kolektif CSTO)'],
    ['overlap of equal words: more characters win', forms('pasukan keamanan', 'keamanan negara'),
      'pasukan keamanan(pasukan keamanan) negara'],
    ['text in real parentheses is kept', forms('CSTO'), 'Organisasi (CSTO(CSTO))'],
    ['words must be adjacent', forms('penjaga perdamaian'), 'penjaga dan perdamaian'],
    ['derived multi-word', derived('penjaga perdamaian'), 'menjaga perdamaian(penjaga perdamaian)'],
    ['punctuation between words still lets words pair', forms('integritas teritorial'), 'integritas teritorial(integritas teritorial).'],
  ]);
});

describe('case', () => {
  const csto = terms([{ source: 'CSTO', caseSensitive: true }]);
  check([
    ['case-sensitive term matches exact case only', csto, 'CSTO(CSTO) bukan csto atau Csto; CSTO-nya(CSTO)'],
    ['case-insensitive by default', forms('rusia'), 'RUSIA(rusia) Rusia(rusia) rusia(rusia)'],
  ]);
});

describe('match details', () => {
  it('reports UTF-16 offsets, the text and how the word was built', () => {
    const glossary = derived('serang');
    const text = 'Warga “kota” 🙂 diserang.';
    const [m] = compileGlossary(glossary).matchSource(text);
    expect(m).toMatchObject({ termId: 1, termIds: [1], text: 'diserang', build: 'di- + serang' });
    expect(text.slice(m!.start, m!.end)).toBe('diserang');
  });

  it.each([
    ['keamanan', 'aman', 'derived', 'ke- + aman + -an'],
    ['negara-negara', 'negara', 'forms', 'negara (reduplication)'],
    ['pasukannya', 'pasukan', 'forms', 'pasukan + -nya'],
    ['pasukannya', 'pasukan', 'derived', 'pasukan + -nya'],
    ['penjaga-penjaga perdamaian', 'penjaga perdamaian', 'forms', 'penjaga (reduplication) · perdamaian'],
  ] as const)('%s for %s (%s) is built as %s', (text, source, mode, build) => {
    const [m] = compileGlossary(terms([{ source, mode }])).matchSource(text);
    expect(m?.build).toBe(build);
  });

  it('gives no build for a word exactly as the term writes it', () => {
    const [m] = compileGlossary(derived('serangan')).matchSource('serangan');
    expect(m?.build).toBeUndefined();
  });

  it('lists every term of a shared span, forms before derived', () => {
    const glossary = terms([{ source: 'serangan', mode: 'derived' }, { source: 'serangan' }]);
    const [m] = compileGlossary(glossary).matchSource('serangan');
    expect(m).toMatchObject({ termId: 2, termIds: [2, 1] });
  });

  it('keeps only general terms and those of the given document', () => {
    const glossary = terms([{ source: 'pasukan', documentId: 7 }, { source: 'tentara', documentId: 8 }, { source: 'negara' }]);
    const found = compileGlossary(glossary, { documentId: 7 }).matchSource('pasukan tentara negara');
    expect(found.map((m) => m.text)).toEqual(['pasukan', 'negara']);
  });
});
