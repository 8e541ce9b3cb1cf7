import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { consumeSetupToken, isSetupTokenValid, replaceSetupToken } from '../store/setup-tokens';
import { countUsers, type User } from '../store/users';
import { AccountError } from './account-error';
import { hashToken, randomToken } from './tokens';
import { createUser } from './users';

/**
 * A library without users gets a one-time link to create the first admin.
 * Each start replaces the previous link; none is made once a user exists.
 */
export async function createSetupLinkIfNoUsers(db: Db, settings: Pick<AccountSettings, 'setupLinkTtlMs'>, now = new Date()): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  const token = randomToken();
  await replaceSetupToken(db, {
    tokenHash: hashToken(token),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + settings.setupLinkTtlMs).toISOString(),
  });
  return token;
}

export async function setupLinkUsable(db: Db, token: string, now = new Date()): Promise<boolean> {
  return (await countUsers(db)) === 0 && (await isSetupTokenValid(db, hashToken(token), now.toISOString()));
}

/** Creates the first admin and spends the link, both or neither. */
export async function completeSetup(
  db: Db,
  token: string,
  input: { name: string; password: string },
  settings: AccountSettings,
  now = new Date(),
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0 || !(await consumeSetupToken(trx, hashToken(token), now.toISOString()))) {
      // Answered like a link that never existed, as opening it answers.
      throw new AccountError('setup_link_invalid', 'This set-up link is no longer valid.', 'not_found');
    }
    return createUser(trx, { ...input, role: 'admin' }, settings);
  });
}
