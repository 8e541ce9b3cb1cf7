import type { TimeSpan } from '../../src/core/align';

/**
 * A dialogue for subtitle tests: Indonesian cues every 2.5 s, and English
 * subtitles of it timed a little differently, with one cue merged into the
 * one before and one left out. The expected links are written as
 * `source+source:target`.
 */

/** Colloquial lines the word lists barely know, so the text gives little evidence. */
export const DIALOGUE: [string, string][] = [
  ['Lo di mana sih?', 'Where are you?'],
  ['Gue di sini, bego.', "I'm right here, stupid."],
  ['Buruan!', 'Hurry!'],
  ['Tungguin gue dong.', 'Wait for me.'],
  ['Kenapa lagi?', "What's wrong now?"],
  ['Nggak tahu deh.', 'No idea.'],
  ['Denger nggak?', 'Did you hear that?'],
  ['Nggak ada apa-apa kok.', "It's nothing."],
  ['Cabut yuk.', "Let's bounce."],
  ['Sekarang nih?', 'Right now?'],
  ['Iya lah.', 'Obviously.'],
  ['Oke deh, oke.', 'Fine, fine.'],
  ['Ati-ati lho.', 'Careful.'],
  ['Gue takut, bro.', "I'm scared, man."],
  ['Santai aja.', 'Relax.'],
  ['Pegangin gue.', 'Hold on to me.'],
  ['Eh, liat!', 'Hey, look!'],
  ['Apaan tuh?', 'What the hell is that?'],
  ['Kabur!', 'Run!'],
  ['Telat, cuy.', 'Too late, dude.'],
];

export const cue = (i: number): TimeSpan => ({ start: i * 2500, end: i * 2500 + 2000 });
/** The English timing differs by up to 200 ms either way. */
const jitter = (k: number) => ((k * 7919) % 400) - 200;

/** The English subtitles with cue `merged` joined to the one before it and cue `dropped` left out; the expected links. */
export function englishSubtitles(dropped: number, merged: number) {
  const target: string[][] = [];
  const times: TimeSpan[] = [];
  const gold: string[] = [];
  DIALOGUE.forEach(([, english], i) => {
    if (i === dropped) {
      gold.push(`${i}:`);
    } else if (i === merged) {
      target[target.length - 1]![0] += ` ${english}`;
      times[times.length - 1] = { start: times.at(-1)!.start, end: cue(i).end + jitter(i) };
      gold[gold.length - 1] = `${i - 1}+${i}:${target.length - 1}`;
    } else {
      target.push([english]);
      times.push({ start: cue(i).start + jitter(i), end: cue(i).end + jitter(i + 1) });
      gold.push(`${i}:${target.length - 1}`);
    }
  });
  return { target, times, gold };
}

/** Cues as a SubRip file. */
export function srt(texts: readonly string[], times: readonly TimeSpan[]): string {
  const clock = (ms: number) => {
    const t = Math.max(0, Math.round(ms));
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)},${pad(t % 1000, 3)}`;
  };
  return texts.map((text, i) => `${i + 1}\n${clock(times[i]!.start)} --> ${clock(times[i]!.end)}\n${text}\n`).join('\n');
}
