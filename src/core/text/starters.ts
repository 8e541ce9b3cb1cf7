import type { Lang } from './types';

/**
 * Words that very often open a sentence. After an ambiguous abbreviation
 * such as "U.S." or "S.H." a capitalised next word is usually a name
 * ("U.S. Army"); one of these words instead signals a new sentence.
 */
const STARTERS: Record<Lang, ReadonlySet<string>> = {
  id: new Set([
    'Ini', 'Itu', 'Ia', 'Dia', 'Beliau', 'Mereka', 'Kami', 'Kita', 'Saya', 'Aku', 'Anda',
    'Namun', 'Tetapi', 'Tapi', 'Kemudian', 'Lalu', 'Sementara', 'Sedangkan', 'Selain', 'Menurut',
    'Pada', 'Dalam', 'Di', 'Dari', 'Ke', 'Sebelumnya', 'Setelah', 'Sesudah', 'Saat', 'Ketika',
    'Jika', 'Kalau', 'Bila', 'Bahkan', 'Hal', 'Adapun', 'Oleh', 'Untuk', 'Dengan', 'Karena',
    'Sebab', 'Meski', 'Meskipun', 'Walaupun', 'Selanjutnya', 'Akhirnya', 'Selama', 'Sejak',
    'Hingga', 'Sampai', 'Tak', 'Tidak', 'Ada', 'Yang', 'Para', 'Sebuah', 'Seorang', 'Semua',
    'Apa', 'Mengapa', 'Bagaimana', 'Siapa', 'Kapan', 'Sebagai',
  ]),
  en: new Set([
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I',
    'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'There', 'Here', 'But', 'And', 'Or', 'So',
    'Yet', 'However', 'Meanwhile', 'Then', 'Still', 'Also', 'In', 'On', 'At', 'After', 'Before',
    'When', 'While', 'If', 'As', 'For', 'Since', 'Although', 'Though', 'Because', 'According',
    'What', 'Why', 'How', 'Who', 'Where', 'No', 'Some', 'Many', 'Most', 'All', 'One', 'Both',
  ]),
};

export function isSentenceStarter(word: string, lang: Lang): boolean {
  return STARTERS[lang].has(word);
}
