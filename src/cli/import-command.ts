import fs from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { importFiles } from '../import/import-files';
import { commandConfig, withLibrary, type CommandIo } from './open-library';

const USAGE =
  'Usage: sejajar import FILE [--translation FILE] [--title TITLE] [--title-en TITLE] [--keep-lines] [--confirm-language] [--prefill-from-memory]\n' +
  '  FILE and the translation may each be text, Markdown, HTML, EPUB, DOCX, PDF, SRT or WebVTT.\n' +
  '  --prefill-from-memory: without a translation, the library\'s reviewed translations of the same sentences become drafts.\n';

export async function runImportCommand(args: string[], io: CommandIo = {}): Promise<number> {
  const { out = process.stdout, err = process.stderr } = io;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      translation: { type: 'string' },
      title: { type: 'string' },
      'title-en': { type: 'string' },
      'keep-lines': { type: 'boolean' },
      'confirm-language': { type: 'boolean' },
      'prefill-from-memory': { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) {
    err.write(USAGE);
    return 2;
  }
  const read = (file: string) => ({ file: { bytes: fs.readFileSync(file), name: path.basename(file) } });
  const input = {
    title: values.title,
    titleEn: values['title-en'],
    source: read(positionals[0]),
    translation: values.translation ? read(values.translation) : null,
    keepLines: values['keep-lines'] ?? false,
    confirmLanguage: values['confirm-language'] ?? false,
    prefillFromMemory: values['prefill-from-memory'] ?? false,
  };
  const config = commandConfig(io);
  return withLibrary(config, async ({ db }) => {
    const id = await importFiles(db, input, config);
    // The command cannot know where a server is reached; it names an address only when told one.
    out.write(config.publicUrl ? `Imported document ${id}: ${config.publicUrl}/documents/${id}\n` : `Imported document ${id}\n`);
    return 0;
  });
}
