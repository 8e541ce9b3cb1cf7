import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../src/import/seed';
import { countDocuments } from '../../src/store/documents';
import { apiToken } from '../support/auth';
import { testDialect } from '../support/database';
import { makeTestInstances, type TestInstances } from '../support/instances';

describe(`two app instances on one ${testDialect()} library`, () => {
  let pair: TestInstances;
  afterEach(() => pair.close());

  it('reads through one instance a document imported through the other', async () => {
    pair = await makeTestInstances(2);
    const [a, b] = pair.instances;
    const token = await apiToken(a);
    const created = await request(a.app)
      .post('/api/documents')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Banjir', source: 'Air naik. Warga mengungsi.\n\nHujan berhenti.', translation: 'Water rose. Residents fled.\n\nThe rain stopped.' })
      .expect(201);
    const fromA = await request(a.app).get(`/api/documents/${created.body.id}`).expect(200);
    const fromB = await request(b.app).get(`/api/documents/${created.body.id}`).expect(200);
    expect(fromB.body).toEqual(fromA.body);
    expect(fromB.body.source.map((p: { text: string }) => p.text)).toEqual(['Air naik. Warga mengungsi.', 'Hujan berhenti.']);
    const list = await request(b.app).get('/api/documents').expect(200);
    expect(list.body.documents.map((d: { title: string }) => d.title)).toEqual(['Banjir']);
  });

  it('loads the samples once when both start on an empty library together', async () => {
    pair = await makeTestInstances(2);
    const results = await Promise.all(pair.instances.map((i) => seedIfEmpty(i.db, i.config.seedsDir, i.config)));
    expect(results.map((ids) => ids.length).sort()).toEqual([0, 1]);
    expect(await countDocuments(pair.instances[0].db)).toBe(1);
  });
});
