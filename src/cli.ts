import { runCli, type Command } from './cli/main';

// Each command loads only what it needs, so `sejajar align` starts fast.
const commands: Record<string, Command> = {
  align: async (args) => (await import('./cli/align-command')).runAlignCommand(args, process.stdout),
  import: async (args) => (await import('./cli/import-command')).runImportCommand(args),
  migrate: async (args) => (await import('./cli/migrate-command')).runMigrateCommand(args),
  'copy-db': async (args) => (await import('./cli/copy-db-command')).runCopyDbCommand(args),
  backup: async (args) => (await import('./cli/backup-command')).runBackupCommand(args),
  restore: async (args) => (await import('./cli/restore-command')).runRestoreCommand(args),
  user: async (args) => (await import('./cli/user-command')).runUserCommand(args),
  translate: async (args) => (await import('./cli/translate-command')).runTranslateCommand(args),
  dictionary: async (args) => (await import('./cli/dictionary-command')).runDictionaryCommand(args),
  serve: async () => {
    await (await import('./server')).startServer();
    return -1;
  },
};

runCli(process.argv.slice(2), commands);
