/**
 * The `sejajar` dispatcher: picks the command named first on the command line,
 * prints the usage text, and turns the command's result into the exit code.
 * Shared by src/cli/bundled-entry.ts (every command, bundled), src/cli.ts (the
 * same through tsx) and src/cli/fast-entry.ts (the commands that must start fast).
 */
export const USAGE = `Usage: sejajar <command> [options]

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
  backup FILE
        Write a consistent backup of the library while servers keep running.
  restore FILE [--check]
        Load a backup into an empty library (SQLite or PostgreSQL);
        --check only verifies the file.
  user add NAME [--admin] [--password-stdin]
        Add a user (role editor, or admin). Asks for the password without
        showing it, or reads it from standard input with --password-stdin.
  translate DOC [--target en-US|en-GB] [--force]
        Translate document DOC with DeepL (DEEPL_AUTH_KEY); run again to resume.
        --force replaces English a person wrote (kept in the revision history).
  dictionary import PATH [--format hunspell|freedict|tsv]
        Load a dictionary for the reader's word look-ups: hunspell-id's id_ID.dic,
        FreeDict eng-ind (.index beside .dict.dz), or word<TAB>gloss lines.
`;

/** Runs a command with the arguments after its name; resolves to the exit code, or -1 to keep running. */
export type Command = (args: string[]) => Promise<number>;

export async function main(argv: string[], commands: Record<string, Command>): Promise<number> {
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

/** Runs main() and sets the process's exit code from it. */
export function runCli(argv: string[], commands: Record<string, Command>): void {
  main(argv, commands).then(
    (code) => {
      // A server keeps running; every other command ends with its exit code.
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`sejajar: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
