import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { databaseLocation, loadConfig } from '../config';
import { decodeTextFile } from '../import/decode';
import { importDocument } from '../import/import-document';
import { openDatabase } from '../store/database';

export async function runImportCommand(args: string[]): Promise<number> {
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
    process.stderr.write('Usage: sejajar import FILE [--translation FILE] [--title TITLE] [--title-en TITLE]\n');
    return 2;
  }
  const read = (file: string, field: string) => decodeTextFile(fs.readFileSync(file), field, file);
  const config = loadConfig();
  const db = await openDatabase(databaseLocation(config));
  try {
    const id = await importDocument(
      db,
      {
        title: values.title,
        titleEn: values['title-en'],
        source: read(positionals[0], 'source'),
        translation: values.translation ? read(values.translation, 'translation') : null,
      },
      config,
    );
    process.stdout.write(`Imported document ${id}: http://localhost:${config.port}/documents/${id}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}
