import type { Command } from './main';

// Each command loads only what it needs, so a command starts fast.
export const commands: Record<string, Command> = {
  align: async (args) => (await import('./align-command')).runAlignCommand(args, process.stdout),
  import: async (args) => (await import('./import-command')).runImportCommand(args),
  migrate: async (args) => (await import('./migrate-command')).runMigrateCommand(args),
  'copy-db': async (args) => (await import('./copy-db-command')).runCopyDbCommand(args),
  backup: async (args) => (await import('./backup-command')).runBackupCommand(args),
  restore: async (args) => (await import('./restore-command')).runRestoreCommand(args),
  user: async (args) => (await import('./user-command')).runUserCommand(args),
  translate: async (args) => (await import('./translate-command')).runTranslateCommand(args),
  dictionary: async (args) => (await import('./dictionary-command')).runDictionaryCommand(args),
  serve: async () => {
    await (await import('../server')).startServer();
    return -1;
  },
};
