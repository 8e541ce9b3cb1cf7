import type { Express } from 'express';
import request from 'supertest';
import type { Db } from '../../src/store/database';
import { bumpRevision } from '../../src/store/document-revision';
import { readLinks, writeLinks } from '../../src/store/links';

/**
 * A document with three planted problems for the review queue: an Indonesian sentence the English
 * leaves out (the aligner finds it as a 1-0 link), a number written wrongly (12 → 21), and, once
 * `plantWrongLink` has run, a wrong link: the last two Indonesian sentences both on the first
 * English one (a doubtful 2-1 link) and the last English sentence on nothing.
 */
export const PLANTED = {
  title: 'Pasar pagi di kota',
  source: [
    'Pasar pagi di kota kami selalu ramai. Para pedagang datang dari desa-desa sekitar sebelum matahari terbit.',
    'Ada 12 pedagang sayur di pasar itu. Mereka menjual bayam, kangkung, dan tomat.',
    'Harga beras naik tajam minggu lalu. Pemerintah daerah berjanji akan menurunkan harga dalam waktu dekat. Warga berharap janji itu ditepati.',
    'Hujan turun sejak pagi. Jalan-jalan di kota basah dan licin.',
  ].join('\n\n'),
  translation: [
    'The morning market in our town is always busy. Traders come from the surrounding villages before sunrise.',
    'There are 21 vegetable traders at the market. They sell spinach, water spinach and tomatoes.',
    'The price of rice rose sharply last week. Residents hope the promise will be kept.',
    'It has been raining since the morning. The streets in town are wet and slippery.',
  ].join('\n\n'),
};

/** The sentence the English leaves out, and a translation of it. */
export const OMITTED = { source: 'Pemerintah daerah berjanji akan menurunkan harga dalam waktu dekat.', english: 'The local government promised to bring prices down soon.' };

export async function importPlanted(app: Express): Promise<number> {
  const created = await request(app).post('/api/documents').send(PLANTED).expect(201);
  return created.body.id as number;
}

/** Replaces the last two sentence links (7-6, 8-7) with a wrong 2-1 link and a 0-1 link, as a careless re-alignment might. */
export async function plantWrongLink(db: Db, id: number): Promise<void> {
  const links = await readLinks(db, id, 'sentence');
  const kept = links.slice(0, -2);
  if (JSON.stringify(links.slice(-2).map((l) => [l.source, l.target])) !== '[[[7],[6]],[[8],[7]]]') throw new Error('The aligner linked the fixture otherwise than expected.');
  await writeLinks(db, id, 'sentence', [...kept, { source: [7, 8], target: [6], confidence: 0.3 }, { source: [], target: [7], confidence: 0.4 }]);
  await bumpRevision(db, id, new Date().toISOString());
}
