import { parseArgs } from 'node:util';
import { AccountError } from '../accounts/account-error';
import { createUser } from '../accounts/users';
import { loadConfig } from '../config';
import { openDatabase } from '../store/database';
import { promptPassword, readPasswordFromStdin } from './read-password';

const USAGE = 'Usage: sejajar user add NAME [--admin] [--password-stdin]\n';

async function askPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readPasswordFromStdin();
  const first = await promptPassword('Password: ');
  const second = await promptPassword('Password again: ');
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

export async function runUserCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { admin: { type: 'boolean', default: false }, 'password-stdin': { type: 'boolean', default: false } },
  });
  if (positionals[0] !== 'add' || positionals.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const password = await askPassword(values['password-stdin'] ?? false);
  const config = loadConfig();
  const db = await openDatabase(config.databaseFile);
  try {
    const user = await createUser(db, { name: positionals[1], password, role: values.admin ? 'admin' : 'editor' }, config.accounts);
    process.stdout.write(`Added ${user.role} ${user.name}.\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof AccountError)) throw err;
    process.stderr.write(`sejajar: ${err.message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}
