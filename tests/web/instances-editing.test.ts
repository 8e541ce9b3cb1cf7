import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../support/database';
import { editorApp, englishOf, importFixture } from '../support/edit-fixture';
import { makeTestInstances, type TestInstances } from '../support/instances';

/*
 * Two editors, each on their own app instance, edit one library. Versions
 * live in the database, so a save through one instance must be seen, and
 * guarded against, by the other.
 */
describe(`editing through two app instances on one ${testDialect()} library`, () => {
  let pair: TestInstances;
  afterEach(() => pair.close());

  it('reads through one instance an English sentence saved through the other', async () => {
    pair = await makeTestInstances(2);
    const [a, b] = await Promise.all([editorApp(pair.instances[0], 'sari'), editorApp(pair.instances[1], 'budi')]);
    const { id, english } = await importFixture(a.app);
    const target = english[1];

    const saved = await request(a.app).put(`/api/segments/${target.id}`).send({ text: 'The town streets are soaked.', version: target.version }).expect(200);
    expect(saved.body.version).toBe(target.version + 1);

    const seenByB = (await englishOf(b.app, id)).find((s) => s.id === target.id);
    expect(seenByB).toMatchObject({ text: 'The town streets are soaked.', version: target.version + 1 });
  });

  it('refuses with 409 and the current text a save through the other instance based on the old version', async () => {
    pair = await makeTestInstances(2);
    const [a, b] = await Promise.all([editorApp(pair.instances[0], 'sari'), editorApp(pair.instances[1], 'budi')]);
    const { id, english } = await importFixture(a.app);
    const target = english[0];

    await request(a.app).put(`/api/segments/${target.id}`).send({ text: 'It has rained all morning.', version: target.version }).expect(200);
    const stale = await request(b.app).put(`/api/segments/${target.id}`).send({ text: 'Rain since dawn.', version: target.version }).expect(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.current).toMatchObject({ id: target.id, text: 'It has rained all morning.', version: target.version + 1 });

    // The refused text was not written anywhere: both instances still read the first save.
    for (const app of [a.app, b.app]) {
      expect((await englishOf(app, id)).find((s) => s.id === target.id)).toMatchObject({ text: 'It has rained all morning.', version: target.version + 1 });
    }
    // With the current version the other editor's save goes through.
    await request(b.app).put(`/api/segments/${target.id}`).send({ text: 'Rain since dawn.', version: target.version + 1 }).expect(200);
    expect((await englishOf(a.app, id)).find((s) => s.id === target.id)?.text).toBe('Rain since dawn.');
  });
});
