const USAGE = `Usage: sejajar <command> [options]

Commands:
  align SOURCE TARGET [--units lines|paragraphs|sentences] [--json]
        Align two text files and print the links.
  import FILE [--translation FILE] [--title TITLE] [--title-en TITLE]
        Import an Indonesian text (and its English translation) into the library.
  serve Start the web server (PORT, DATA_DIR or DATABASE_URL from the environment).
  migrate
        Bring the database (DATABASE_URL, else the SQLite file in DATA_DIR) up to date.
  copy-db --from SQLITE_FILE --to POSTGRES_URL
        Copy a whole library into an empty database, ids and all.
  user add NAME [--admin] [--password-stdin]
        Add a user (role editor, or admin). Asks for the password without
        showing it, or reads it from standard input with --password-stdin.
  translate DOC [--target en-US|en-GB] [--force]
        Translate document DOC with DeepL (DEEPL_AUTH_KEY); run again to resume.
        --force replaces English a person wrote (kept in the revision history).
`;

type Command = (args: string[]) => Promise<number>;

// Each command loads only what it needs, so `sejajar align` starts fast.
const commands: Record<string, Command> = {
  align: async (args) => (await import('./cli/align-command')).runAlignCommand(args, process.stdout),
  import: async (args) => (await import('./cli/import-command')).runImportCommand(args),
  migrate: async (args) => (await import('./cli/migrate-command')).runMigrateCommand(args),
  'copy-db': async (args) => (await import('./cli/copy-db-command')).runCopyDbCommand(args),
  user: async (args) => (await import('./cli/user-command')).runUserCommand(args),
  translate: async (args) => (await import('./cli/translate-command')).runTranslateCommand(args),
  serve: async () => {
    await (await import('./server')).startServer();
    return -1;
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    // A server keeps running; every other command ends with its exit code.
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`sejajar: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
