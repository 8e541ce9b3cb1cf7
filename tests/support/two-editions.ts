import { makeEpub, type Chapter } from './format-files';

/**
 * A short book in two editions, for the tests of chapter pairing: four
 * chapters of three paragraphs, written here in Indonesian and English.
 * The Indonesian edition opens with a preface the English lacks and lacks
 * the English edition's third chapter.
 */
interface BilingualChapter {
  id: { title: string; paragraphs: string[] };
  en: { title: string; paragraphs: string[] };
}

export const CHAPTERS: BilingualChapter[] = [
  {
    id: {
      title: 'Bab 1: Proklamasi',
      paragraphs: [
        'Pada tanggal 17 Agustus 1945 Indonesia menyatakan kemerdekaannya di Jakarta. Soekarno membacakan teks proklamasi pada pukul 10 pagi.',
        'Upacara itu berlangsung sederhana di depan rumah di Jalan Pegangsaan Timur 56. Hanya sekitar 500 orang yang hadir.',
        'Berita proklamasi menyebar ke seluruh Nusantara melalui radio dan surat kabar. Dalam beberapa minggu, rakyat di banyak kota mengibarkan bendera merah putih.',
      ],
    },
    en: {
      title: 'Chapter 1: The Proclamation',
      paragraphs: [
        'On 17 August 1945 Indonesia declared its independence in Jakarta. Sukarno read the proclamation at 10 in the morning.',
        'The ceremony was a simple one in front of the house at Jalan Pegangsaan Timur 56. Only about 500 people attended.',
        'News of the proclamation spread across the archipelago by radio and newspaper. Within a few weeks, people in many cities were flying the red and white flag.',
      ],
    },
  },
  {
    id: {
      title: 'Bab 2: Kereta Cepat',
      paragraphs: [
        'Kereta cepat Jakarta–Bandung mulai beroperasi pada Oktober 2023. Perjalanan sejauh 142 kilometer kini hanya memakan waktu 45 menit.',
        'Kereta itu melaju dengan kecepatan hingga 350 kilometer per jam. Setiap rangkaian dapat membawa 601 penumpang.',
        'Tiket termurah dijual seharga 150.000 rupiah. Pada bulan pertama, lebih dari 1 juta penumpang telah menaikinya.',
      ],
    },
    en: {
      title: 'Chapter 2: The High-Speed Train',
      paragraphs: [
        'The Jakarta–Bandung high-speed railway began operating in October 2023. The 142-kilometre trip now takes only 45 minutes.',
        'The train runs at speeds of up to 350 kilometres per hour. Each trainset can carry 601 passengers.',
        'The cheapest ticket sells for 150,000 rupiah. In the first month, more than 1 million passengers rode it.',
      ],
    },
  },
  {
    id: {
      title: 'Bab 3: Gunung Merapi',
      paragraphs: [
        'Gunung Merapi meletus lagi pada 11 Maret dengan awan panas sejauh 7 kilometer. Sekitar 2.000 warga mengungsi ke tempat yang lebih aman.',
        'Gunung setinggi 2.910 meter itu adalah salah satu gunung api paling aktif di dunia. Letusan besar terakhirnya terjadi pada tahun 2010.',
        'Para ahli memantau gunung itu siang dan malam dari 8 pos pengamatan. Mereka meminta warga tidak mendekat dalam radius 5 kilometer.',
      ],
    },
    en: {
      title: 'Chapter 3: Mount Merapi',
      paragraphs: [
        'Mount Merapi erupted again on 11 March, with hot clouds reaching 7 kilometres. About 2,000 residents fled to safer places.',
        'The 2,910-metre mountain is one of the most active volcanoes in the world. Its last major eruption was in 2010.',
        'Experts watch the mountain day and night from 8 observation posts. They have asked residents not to come within a radius of 5 kilometres.',
      ],
    },
  },
  {
    id: {
      title: 'Bab 4: Sawah',
      paragraphs: [
        'Petani di Bali menanam padi dengan sistem irigasi subak yang berumur lebih dari 1.000 tahun. UNESCO mengakuinya sebagai warisan dunia pada tahun 2012.',
        'Air dibagi secara adil di antara 1.200 kelompok petani. Setiap kelompok mengadakan upacara di pura air sebelum musim tanam.',
        'Panen biasanya terjadi 2 kali setahun. Hasilnya sekitar 6 ton gabah per hektare.',
      ],
    },
    en: {
      title: 'Chapter 4: The Rice Fields',
      paragraphs: [
        'Farmers in Bali grow rice with the subak irrigation system, which is more than 1,000 years old. UNESCO recognised it as world heritage in 2012.',
        'The water is shared fairly among 1,200 farmer groups. Each group holds a ceremony at a water temple before the planting season.',
        'The harvest usually comes twice a year. It yields about 6 tonnes of unhusked rice per hectare.',
      ],
    },
  },
];

export const PREFACE: Chapter = {
  title: 'Kata Pengantar',
  paragraphs: [
    'Buku ini disusun untuk para pembaca muda yang ingin mengenal negerinya. Penulis berterima kasih kepada semua pihak yang telah membantu.',
    'Semoga buku kecil ini bermanfaat bagi sekolah-sekolah di seluruh tanah air.',
  ],
};

/** The chapter of the English edition the Indonesian lacks (0 first). */
export const MISSING_CHAPTER = 2;

export function indonesianEdition(): { chapters: Chapter[]; epub: Uint8Array } {
  const chapters = [PREFACE, ...CHAPTERS.filter((_, i) => i !== MISSING_CHAPTER).map((c) => c.id)];
  return { chapters, epub: makeEpub('Mengenal Indonesia', chapters) };
}

export function englishEdition(): { chapters: Chapter[]; epub: Uint8Array } {
  const chapters = CHAPTERS.map((c) => c.en);
  return { chapters, epub: makeEpub('Getting to Know Indonesia', chapters) };
}
