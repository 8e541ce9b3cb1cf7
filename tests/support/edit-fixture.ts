import express, { type Express } from 'express';
import request from 'supertest';
import { issueApiToken } from '../../src/accounts/api-tokens';
import type { User } from '../../src/store/users';
import type { TestContext } from './app';
import { createTestUser } from './auth';

export const FIXTURE = {
  title: 'Pasar pagi',
  source: 'Hujan turun sejak pagi. Jalan-jalan di kota basah.\n\nPasar tetap ramai. Pedagang menjual sayur dan buah.',
  translation: 'Rain has fallen since the morning. The streets in town are wet.\n\nThe market stays busy. Traders sell vegetables and fruit.',
};

export interface FixtureSentence {
  id: number;
  text: string;
  version: number;
  status: string;
}

/**
 * The app as an editor's API client sees it: every /api request carries the
 * editor's token, as a script or a CAT tool integration would send it.
 */
export async function editorApp(ctx: Pick<TestContext, 'app' | 'db' | 'config'>, name?: string): Promise<{ app: Express; user: User }> {
  const user = await createTestUser(ctx, { name });
  const { token } = await issueApiToken(ctx.db, user.id, 'edit tests');
  const app = express();
  app.use((req, _res, next) => {
    if (req.path.startsWith('/api/')) req.headers.authorization ??= `Bearer ${token}`;
    next();
  });
  app.use(ctx.app);
  return { app, user };
}

/** Imports the small two-paragraph document and returns its id and English sentences. */
export async function importFixture(app: Express): Promise<{ id: number; english: FixtureSentence[] }> {
  const created = await request(app).post('/api/documents').send(FIXTURE).expect(201);
  return { id: created.body.id, english: await englishOf(app, created.body.id) };
}

export async function englishOf(app: Express, id: number): Promise<FixtureSentence[]> {
  const doc = await request(app).get(`/api/documents/${id}`).expect(200);
  return doc.body.translation.flatMap((p: { sentences: FixtureSentence[] }) => p.sentences);
}
