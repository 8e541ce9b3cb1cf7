/**
 * Clitics attach to any word without changing it: possessives (-ku, -mu, -nya) and then
 * particles (-lah, -kah, -pun, -tah), e.g. pasukannya, bukankah, rumahnyalah.
 * Acronyms and names often take them after a hyphen: CSTO-nya.
 */
const POSSESSIVES = ['nya', 'ku', 'mu'];
const PARTICLES = ['lah', 'kah', 'pun', 'tah'];

export interface CliticSplit {
  /** The word without its clitics, in the case it was written. */
  core: string;
  clitics: string[];
}

function stripOne(word: string, endings: readonly string[]): CliticSplit | null {
  const lower = word.toLowerCase();
  for (const ending of endings) {
    if (!lower.endsWith(ending) || lower.length <= ending.length) continue;
    let core = word.slice(0, word.length - ending.length);
    if (core.endsWith('-')) core = core.slice(0, -1);
    return { core, clitics: ['-' + ending] };
  }
  return null;
}

/** Every reading of the word as core + clitics, the bare word first. */
export function cliticSplits(word: string): CliticSplit[] {
  const splits: CliticSplit[] = [{ core: word, clitics: [] }];
  const particle = stripOne(word, PARTICLES);
  if (particle) splits.push(particle);
  for (const base of [{ core: word, clitics: [] as string[] }, ...(particle ? [particle] : [])]) {
    const possessive = stripOne(base.core, POSSESSIVES);
    if (possessive) splits.push({ core: possessive.core, clitics: [...possessive.clitics, ...base.clitics] });
  }
  return splits;
}

/** The repeated half of a full reduplication (negara-negara → negara), else null. */
export function reduplicatedHalf(word: string): string | null {
  if (!word.includes('-') && !word.includes('‐')) return null;
  const parts = word.split(/[-‐]/);
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  return first.toLowerCase() === second.toLowerCase() && first.length > 0 ? first : null;
}
