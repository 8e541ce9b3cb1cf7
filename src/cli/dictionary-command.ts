import { parseArgs } from 'node:util';
import { importDictionary, type DictionaryKind } from '../learner/dictionary';
import { commandConfig, withLibrary, type CommandIo } from './open-library';

const USAGE = 'Usage: sejajar dictionary import PATH [--format hunspell|freedict|tsv]\n';
const FORMATS: readonly DictionaryKind[] = ['hunspell', 'freedict', 'tsv'];

/** `sejajar dictionary import PATH`: an installed dictionary into the library, for the reader's word look-ups. */
export async function runDictionaryCommand(args: string[], io: CommandIo = {}): Promise<number> {
  const { out = process.stdout, err = process.stderr } = io;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  const format = values.format as DictionaryKind | undefined;
  if (positionals[0] !== 'import' || positionals.length !== 2 || (format !== undefined && !FORMATS.includes(format))) {
    err.write(USAGE);
    return 2;
  }
  return withLibrary(commandConfig(io), async ({ db }) => {
    const { read, added, kind } = await importDictionary(db, positionals[1]!, format);
    out.write(`Read ${read} ${kind} entries; ${added} were new.\n`);
    return 0;
  });
}
