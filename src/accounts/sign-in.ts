import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { findUserByName, type User } from '../store/users';
import { AccountError } from './account-error';
import { knownClientId, rememberClient } from './known-clients';
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { releaseSignIn, reserveSignIn } from './rate-limit';
import { couldBeUserName, normalizeUserName } from './users';

export interface SignInInput {
  name: string;
  password: string;
  address: string;
  /** The browser's known-client cookie, when it has one. */
  clientToken?: string;
}

export interface SignedIn {
  user: User;
  /** The known-client cookie to (re)send to the browser. */
  clientToken: string;
}

// Unknown names still cost one scrypt run, so response time does not reveal which names exist.
const decoys = new Map<number, Promise<string>>();
function decoyHash(cost: number): Promise<string> {
  let hash = decoys.get(cost);
  if (!hash) decoys.set(cost, (hash = hashPassword('decoy password, never valid', cost)));
  return hash;
}

const refused = () => new AccountError('signin_failed', 'The user name or password is wrong.', 'unauthenticated');

/**
 * Checks a name and password. The attempt is counted as a failure before
 * the password is hashed (see rate-limit.ts) and given back only when the
 * password was right. Throws `signin_rate_limited` or `signin_failed`.
 */
export async function signIn(db: Db, input: SignInInput, settings: AccountSettings, now = new Date()): Promise<SignedIn> {
  const name = normalizeUserName(input.name);
  const user = couldBeUserName(name) ? await findUserByName(db, name) : undefined;
  const knownClient = user ? await knownClientId(db, input.clientToken, user.id, now) : null;
  const reservation = await reserveSignIn(db, { name, address: input.address, knownClient }, settings, now);

  const password = input.password.length > MAX_PASSWORD_LENGTH ? '' : input.password;
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash(settings.scryptCost)));
  if (!user || !matches || user.disabled || !password) throw refused();

  await releaseSignIn(db, reservation, settings, now);
  const clientToken = await rememberClient(db, input.clientToken, user.id, now);
  const { passwordHash: _hash, ...publicUser } = user;
  return { user: publicUser, clientToken };
}
