import { parseArgs } from 'node:util';
import { AccountError } from '../accounts/account-error';
import { createUser } from '../accounts/users';
import { commandConfig, withLibrary, type CommandIo } from './open-library';
import { promptPassword, readPasswordFromStdin } from './read-password';

const USAGE = 'Usage: sejajar user add NAME [--admin] [--password-stdin]\n';

async function askPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readPasswordFromStdin();
  const first = await promptPassword('Password: ');
  const second = await promptPassword('Password again: ');
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

export async function runUserCommand(args: string[], io: CommandIo = {}): Promise<number> {
  const { out = process.stdout, err = process.stderr } = io;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { admin: { type: 'boolean', default: false }, 'password-stdin': { type: 'boolean', default: false } },
  });
  if (positionals[0] !== 'add' || positionals.length !== 2) {
    err.write(USAGE);
    return 2;
  }
  const config = commandConfig(io);
  // The library is opened before the password is asked for: nobody types it twice for a database that is not there.
  return withLibrary(config, async ({ db }) => {
    const password = await askPassword(values['password-stdin'] ?? false);
    try {
      const user = await createUser(db, { name: positionals[1], password, role: values.admin ? 'admin' : 'editor' }, config.accounts);
      out.write(`Added ${user.role} ${user.name}.\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      err.write(`sejajar: ${error.message}\n`);
      return 1;
    }
  });
}
