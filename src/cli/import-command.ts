import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeTextFile } from '../import/decode';
import { importDocument } from '../import/import-document';
import { commandConfig, withLibrary, type CommandIo } from './open-library';

const USAGE = 'Usage: sejajar import FILE [--translation FILE] [--title TITLE] [--title-en TITLE]\n';

export async function runImportCommand(args: string[], io: CommandIo = {}): Promise<number> {
  const { out = process.stdout, err = process.stderr } = io;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      translation: { type: 'string' },
      title: { type: 'string' },
      'title-en': { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    err.write(USAGE);
    return 2;
  }
  const read = (file: string, field: string) => decodeTextFile(fs.readFileSync(file), field, file);
  const input = {
    title: values.title,
    titleEn: values['title-en'],
    source: read(positionals[0], 'source'),
    translation: values.translation ? read(values.translation, 'translation') : null,
  };
  const config = commandConfig(io);
  return withLibrary(config, async ({ db }) => {
    const id = await importDocument(db, input, config);
    // The command cannot know where a server is reached; it names an address only when told one.
    out.write(config.publicUrl ? `Imported document ${id}: ${config.publicUrl}/documents/${id}\n` : `Imported document ${id}\n`);
    return 0;
  });
}
