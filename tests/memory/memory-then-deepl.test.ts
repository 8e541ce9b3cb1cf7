import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/cli/import-command';
import { runTranslateCommand } from '../../src/cli/translate-command';
import type { Translator } from '../../src/core/machine-translation/types';
import { importDocument } from '../../src/import/import-document';
import { openLibrary, type Library } from '../../src/library';
import { createDeepLTranslator } from '../../src/machine-translation/deepl';
import { getDocument } from '../../src/store/documents';
import { getJob, latestJobForDocument } from '../../src/store/jobs';
import { revisionsOf } from '../../src/store/revisions';
import { createApp } from '../../src/web/app';
import { testConfig } from '../support/app';
import { editorClient, signedInAgent, type EditorClient } from '../support/auth';
import { makeDataDir, makeTestDatabase, testEnv, type TestDatabase } from '../support/database';
import { startFakeDeepL, type FakeDeepL } from '../support/fake-deepl';
import { translateRequests } from '../support/translate';

/*
 * An import pre-filled from the translation memory, then translated by DeepL: DeepL gets only the
 * sentences the memory did not fill (the fake answers "[EN] " + the text and bills its length).
 */

/** Reviewed pairs of the library: the memory. */
const LIBRARY = [
  ['Hujan turun di Jakarta.', 'Rain fell in Jakarta.'],
  ['Banjir melanda kota.', 'Floods hit the city.'],
  ['Sekolah ditutup.', 'Schools were closed.'],
] as const;

/**
 * Paragraph 0 starts with a memory sentence, 1 is the memory's whole, 2 has none, 3 has one
 * between two unfilled sentences.
 */
const SOURCE = [
  'Hujan turun di Jakarta. Angin bertiup kencang. Pohon tumbang.',
  'Banjir melanda kota. Sekolah ditutup.',
  'Warga mengungsi ke masjid.',
  'Listrik padam. Banjir melanda kota. Air surut sore hari.',
].join('\n\n');

interface Setup {
  library: Library;
  app: Express;
  editor: EditorClient;
}

describe('memory first, DeepL for the rest', () => {
  let database: TestDatabase;
  let fake: FakeDeepL;
  let ctx: Setup;

  /** A library on the test database (SQLite, or PostgreSQL in its pass) whose DeepL is the fake, failing fast; its runner is not started. */
  async function open(wrap: (t: Translator) => Translator = (t) => t, plan = {}): Promise<Setup> {
    const deepl = createDeepLTranslator({ authKey: fake.authKey, serverUrl: fake.url, maxRetries: 1 });
    const library = await openLibrary(testConfig(database, { DEEPL_AUTH_KEY: fake.authKey, DEEPL_SERVER_URL: fake.url }), {
      translator: wrap(deepl),
      runner: { concurrency: 1, applyEveryMs: 0, retry: { attempts: 1, delayMs: 10 }, plan },
    });
    const app = await createApp(library);
    for (const [source, translation] of LIBRARY) {
      const id = await importDocument(library.db, { source, translation }, library.config);
      await library.db.updateTable('sentences').set({ status: 'reviewed' }).where('document_id', '=', id).where('lang', '=', 'en').execute();
    }
    return { library, app, editor: editorClient(await signedInAgent({ app, db: library.db, config: library.config })) };
  }

  beforeEach(async () => {
    database = await makeTestDatabase();
    fake = await startFakeDeepL();
  });
  afterEach(async () => {
    await ctx.library.close();
    await database.drop();
    await fake.stop();
  });

  /** Each Indonesian sentence with the English its link holds, and that English's origin and status. */
  async function pairs(id: number) {
    const detail = (await getDocument(ctx.library.db, id))!;
    const source = detail.source.flatMap((p) => p.sentences);
    const english = detail.translation.flatMap((p) => p.sentences);
    return detail.sentenceLinks.map((l) => [
      l.source.map((i) => source[i]!.text).join(' '),
      l.target.map((i) => english[i]!.text).join(' '),
      [...new Set(l.target.map((i) => `${english[i]!.origin}/${english[i]!.status}`))].join(' '),
    ]);
  }
  const paragraphs = async (id: number) => (await getDocument(ctx.library.db, id))!.translation.map((p) => p.text);

  it('sends DeepL only the sentences the memory did not fill, and puts each paragraph together in order (JSON API)', async () => {
    ctx = await open();
    const imported = await ctx.editor.post('/api/documents').send({ source: SOURCE, prefillFromMemory: true }).expect(201);
    const id = imported.body.id as number;
    const memoryRows = (await getDocument(ctx.library.db, id))!.translation.flatMap((p) => p.sentences);
    expect(memoryRows.map((s) => s.text)).toEqual(['Rain fell in Jakarta.', 'Floods hit the city.', 'Schools were closed.', 'Floods hit the city.']);

    // The memory's drafts are not English DeepL replaces: no confirmation is asked for.
    const status = await ctx.editor.get(`/api/documents/${id}/translation`).expect(200);
    expect(status.body).toMatchObject({ hasPersonalEnglish: false, memorySentences: 4 });
    const started = await ctx.editor.post(`/api/documents/${id}/translate`).send({}).expect(202);
    expect(started.body).toMatchObject({ total: 3 });
    await ctx.library.translation.runner.runJob(started.body.id);

    const requests = translateRequests(fake);
    expect(requests.map((r) => r.texts)).toEqual([
      ['Angin bertiup kencang. Pohon tumbang.'],
      ['Warga mengungsi ke masjid.', 'Listrik padam.'],
      ['Air surut sore hari.'],
    ]);
    // What the memory filled is context around the gaps (neither translated nor billed).
    expect(requests[0]!.params.context).toEqual(['Hujan turun di Jakarta.\n\nBanjir melanda kota. Sekolah ditutup.']);
    expect(requests[2]!.params.context).toEqual(['Banjir melanda kota.']);

    expect(await paragraphs(id)).toEqual([
      'Rain fell in Jakarta. [EN] Angin bertiup kencang. Pohon tumbang.',
      'Floods hit the city. Schools were closed.',
      '[EN] Warga mengungsi ke masjid.',
      '[EN] Listrik padam. Floods hit the city. [EN] Air surut sore hari.',
    ]);
    expect(await pairs(id)).toEqual([
      ['Hujan turun di Jakarta.', 'Rain fell in Jakarta.', 'memory/draft'],
      ['Angin bertiup kencang.', '[EN] Angin bertiup kencang.', 'machine/machine'],
      ['Pohon tumbang.', 'Pohon tumbang.', 'machine/machine'],
      ['Banjir melanda kota.', 'Floods hit the city.', 'memory/draft'],
      ['Sekolah ditutup.', 'Schools were closed.', 'memory/draft'],
      ['Warga mengungsi ke masjid.', '[EN] Warga mengungsi ke masjid.', 'machine/machine'],
      ['Listrik padam.', '[EN] Listrik padam.', 'machine/machine'],
      ['Banjir melanda kota.', 'Floods hit the city.', 'memory/draft'],
      ['Air surut sore hari.', '[EN] Air surut sore hari.', 'machine/machine'],
    ]);
    // The memory's rows are the same rows, untouched: one revision each, from the memory.
    const after = (await getDocument(ctx.library.db, id))!.translation.flatMap((p) => p.sentences);
    for (const row of memoryRows) {
      expect(after.find((s) => s.id === row.id)?.text).toBe(row.text);
      expect((await revisionsOf(ctx.library.db, row.id)).map((r) => r.origin)).toEqual(['memory']);
    }

    // Billed: the sent sentences only, fewer characters than the document's paragraphs (which a job without the memory sends).
    const sent = requests.flatMap((r) => r.texts).join('').length;
    const whole = SOURCE.split('\n\n').join('').length;
    const job = (await getJob(ctx.library.db, started.body.id))!;
    expect(job).toMatchObject({ status: 'done', done_paragraphs: 3, total_paragraphs: 3, sent_paragraphs: 3, billed_characters: sent });
    expect(sent).toBeLessThan(whole - 'Hujan turun di Jakarta.Banjir melanda kota. Sekolah ditutup.Banjir melanda kota.'.length);

    // The queue lists the memory's drafts and the machine English, each once.
    const queue = await ctx.editor.get(`/documents/${id}/edit/queue?kinds=unreviewed_memory,unreviewed_machine`).set('Accept', 'application/json').expect(200);
    const textOf = new Map(after.map((s) => [s.id, s.text]));
    const items = (queue.body.items as { kind: string; sentence: number }[]).map((i) => [i.kind, textOf.get(i.sentence)]);
    expect(items.filter(([kind]) => kind === 'unreviewed_memory').map(([, text]) => text)).toEqual([
      'Rain fell in Jakarta.',
      'Floods hit the city.',
      'Schools were closed.',
      'Floods hit the city.',
    ]);
    expect(items.filter(([kind]) => kind === 'unreviewed_machine')).toHaveLength(5);

    // Translating again sends nothing: every gap is stored, the memory is kept.
    const again = await ctx.editor.post(`/api/documents/${id}/translate`).send({}).expect(202);
    await ctx.library.translation.runner.runJob(again.body.id);
    expect(translateRequests(fake)).toHaveLength(3);
    expect(await paragraphs(id)).toHaveLength(4);
    expect(await getJob(ctx.library.db, again.body.id)).toMatchObject({ status: 'done', billed_characters: 0 });
  });

  it('from the import form: the panel says the memory stays, asks no confirmation, and a person\'s English still needs one', async () => {
    ctx = await open();
    const res = await ctx.editor.post('/documents').field('source_text', SOURCE).field('prefill_memory', '1').expect(303);
    const id = Number(res.headers.location.split('/').pop());
    const reader = await ctx.editor.get(`/documents/${id}`).expect(200);
    expect(reader.text).toContain('4 sentences have English from the translation memory: it stays, and DeepL translates only the rest.');
    expect(reader.text).not.toContain('name="confirm"');
    const readerId = await ctx.editor.get(`/documents/${id}?lng=id`).expect(200);
    expect(readerId.text).toContain('4 kalimat memiliki teks Inggris dari memori terjemahan');

    // A person edits one memory draft: it is now their English, which DeepL replaces only when confirmed.
    const edited = (await getDocument(ctx.library.db, id))!.translation[1]!.sentences[1]!;
    await ctx.editor.put(`/api/segments/${edited.id}`).send({ text: 'The schools closed.', version: edited.version }).expect(200);
    await ctx.editor.post(`/documents/${id}/translate`).type('form').send({}).expect(409);
    await ctx.editor.post(`/documents/${id}/translate`).type('form').send({ confirm: '1' }).expect(303);
    const job = (await latestJobForDocument(ctx.library.db, id))!;
    await ctx.library.translation.runner.runJob(job.id);
    expect(translateRequests(fake).flatMap((r) => r.texts)).toEqual([
      'Angin bertiup kencang. Pohon tumbang.',
      'Sekolah ditutup.',
      'Warga mengungsi ke masjid.',
      'Listrik padam.',
      'Air surut sore hari.',
    ]);
    expect((await pairs(id)).slice(3, 5)).toEqual([
      ['Banjir melanda kota.', 'Floods hit the city.', 'memory/draft'],
      ['Sekolah ditutup.', '[EN] Sekolah ditutup.', 'machine/machine'],
    ]);
  });

  it('resumes a failed job sending only the gap still missing, and bills each gap once', async () => {
    let calls = 0;
    // The second request fails: the paragraph's first gap is translated, its second is not.
    const failSecond = (inner: Translator): Translator => ({
      ...inner,
      translate: async (req) => {
        calls += 1;
        if (calls === 2) fake.failNext(500);
        return inner.translate(req);
      },
    });
    ctx = await open(failSecond, { maxTexts: 1 });
    const source = 'Listrik padam. Banjir melanda kota. Air surut sore hari.';
    const id = await importDocument(ctx.library.db, { source, prefillFromMemory: true }, ctx.library.config);
    const started = await ctx.editor.post(`/api/documents/${id}/translate`).send({}).expect(202);
    await ctx.library.translation.runner.runJob(started.body.id);
    expect(await getJob(ctx.library.db, started.body.id)).toMatchObject({ status: 'failed', error_code: 'server', done_paragraphs: 0, billed_characters: 'Listrik padam.'.length });
    // The memory's English is still there, alone.
    expect(await paragraphs(id)).toEqual(['Floods hit the city.']);

    const before = fake.requests.length;
    await ctx.editor.post(`/translation-jobs/${started.body.id}/resume`).expect(303);
    await ctx.library.translation.runner.runJob(started.body.id);
    expect(translateRequests(fake, before).map((r) => r.texts)).toEqual([['Air surut sore hari.']]);
    expect(await getJob(ctx.library.db, started.body.id)).toMatchObject({
      status: 'done',
      done_paragraphs: 1,
      billed_characters: 'Listrik padam.'.length + 'Air surut sore hari.'.length,
    });
    expect(await pairs(id)).toEqual([
      ['Listrik padam.', '[EN] Listrik padam.', 'machine/machine'],
      ['Banjir melanda kota.', 'Floods hit the city.', 'memory/draft'],
      ['Air surut sore hari.', '[EN] Air surut sore hari.', 'machine/machine'],
    ]);
  });
});

describe('memory first, DeepL for the rest, from the command line', () => {
  it('sejajar import --prefill-from-memory, then sejajar translate sends only the rest', async () => {
    const database = await makeTestDatabase();
    const fake = await startFakeDeepL();
    const dir = makeDataDir();
    const env = { ...testEnv(database), DEEPL_AUTH_KEY: fake.authKey, DEEPL_SERVER_URL: fake.url };
    const output = () => {
      let text = '';
      return { write: (chunk: string) => ((text += chunk), true), get text() { return text; } };
    };
    try {
      const library = await openLibrary(testConfig(database));
      try {
        const id = await importDocument(library.db, { source: 'Banjir melanda kota.', translation: 'Floods hit the city.' }, library.config);
        await library.db.updateTable('sentences').set({ status: 'reviewed' }).where('document_id', '=', id).where('lang', '=', 'en').execute();
      } finally {
        await library.close();
      }
      fs.writeFileSync(path.join(dir, 'baru.txt'), 'Listrik padam. Banjir melanda kota.\n\nWarga mengungsi.\n');
      const imported = output();
      expect(await runImportCommand([path.join(dir, 'baru.txt'), '--prefill-from-memory'], { env, out: imported, err: output() })).toBe(0);
      const id = /^Imported document (\d+)/.exec(imported.text)![1]!;
      const translated = output();
      expect(await runTranslateCommand([id], { env, out: translated, err: output() })).toBe(0);
      const billed = 'Listrik padam.'.length + 'Warga mengungsi.'.length;
      expect(translated.text).toContain(`2/2 paragraphs, 2 sent to DeepL, ${billed} characters billed.`);
      expect(translateRequests(fake).flatMap((r) => r.texts)).toEqual(['Listrik padam.', 'Warga mengungsi.']);
      const check = await openLibrary(testConfig(database));
      try {
        const english = (await getDocument(check.db, Number(id)))!.translation.flatMap((p) => p.sentences);
        expect(english.map((s) => [s.text, s.origin, s.status])).toEqual([
          ['[EN] Listrik padam.', 'machine', 'machine'],
          ['Floods hit the city.', 'memory', 'draft'],
          ['[EN] Warga mengungsi.', 'machine', 'machine'],
        ]);
      } finally {
        await check.close();
      }
    } finally {
      await fake.stop();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
