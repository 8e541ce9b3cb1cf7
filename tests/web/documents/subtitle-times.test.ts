import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestContext } from '../../support/app';
import { apiToken } from '../../support/auth';
import { cue, DIALOGUE, englishSubtitles, srt } from '../../support/subtitle-dialogue';

type Links = { links: { source: number[]; target: number[] }[] };
const shapes = (body: Links) => body.links.map((l) => `${l.source.join('+')}:${l.target.join('+')}`);

describe('subtitle cue times as alignment evidence over HTTP', () => {
  let ctx: TestContext;
  let token: string;
  beforeAll(async () => {
    ctx = await makeTestApp();
    token = `Bearer ${await apiToken(ctx)}`;
  });
  afterAll(() => ctx.close());

  const importLinks = async (source: [string, string], translation: [string, string]) => {
    const res = await request(ctx.app)
      .post('/api/documents')
      .set('Authorization', token)
      .field('confirm_language', '1')
      .attach('source_file', Buffer.from(source[0]), source[1])
      .attach('translation_file', Buffer.from(translation[0]), translation[1])
      .expect(201);
    return shapes((await request(ctx.app).get(`/api/documents/${res.body.id}?fields=links`).set('Authorization', token).expect(200)).body as Links);
  };

  it('aligns two subtitle files by their times where the text alone goes wrong (a cue merged, one dropped)', async () => {
    const indonesian = DIALOGUE.map(([id]) => id);
    const { target, times, gold } = englishSubtitles(9, 7);
    const english = target.map((cueText) => cueText.join(' '));
    const timed = await importLinks([srt(indonesian, indonesian.map((_, i) => cue(i))), 'film.id.srt'], [srt(english, times), 'film.en.srt']);
    expect(timed).toEqual(gold);
    const untimed = await importLinks([indonesian.join('\n\n'), 'film.id.txt'], [english.join('\n\n'), 'film.en.txt']);
    expect(untimed.filter((link) => !gold.includes(link)).length).toBeGreaterThan(3);
  });
});
