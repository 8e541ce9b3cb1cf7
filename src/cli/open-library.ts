import { loadConfig, type Config } from '../config';
import { openLibrary, type Library } from '../library';

/** Where a command writes, and the environment it reads its settings from (tests pass their own). */
export interface CommandIo {
  env?: NodeJS.ProcessEnv;
  out?: Output;
  err?: Output;
}

export type Output = Pick<NodeJS.WritableStream, 'write'> & { isTTY?: boolean };

/**
 * Opens the library the settings name, runs one command on it and closes it
 * again. No housekeeping: the command ends at once. A library that cannot be
 * opened (an unreachable DATABASE_URL) ends the command with that message
 * before anything is written anywhere.
 */
export async function withLibrary<T>(config: Config, run: (library: Library) => Promise<T>): Promise<T> {
  const library = await openLibrary(config);
  try {
    return await run(library);
  } finally {
    await library.close();
  }
}

/** The settings of `env`, as the server would load them. */
export function commandConfig(io: CommandIo = {}): Config {
  return loadConfig(io.env ?? process.env);
}
