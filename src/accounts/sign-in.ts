import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { findUserByName, type User } from '../store/users';
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { noteSignInFailure, noteSignInSuccess, signInBlocked } from './rate-limit';
import { normalizeUserName } from './users';

export type SignInResult = { ok: true; user: User } | { ok: false; reason: 'invalid' | 'rate_limited' };

// Unknown names still cost one scrypt run, so response time does not reveal which names exist.
const decoys = new Map<number, Promise<string>>();
function decoyHash(cost: number): Promise<string> {
  let hash = decoys.get(cost);
  if (!hash) decoys.set(cost, (hash = hashPassword('decoy password, never valid', cost)));
  return hash;
}

export async function signIn(
  db: Db,
  input: { name: string; password: string; address: string },
  settings: AccountSettings,
  now = new Date(),
): Promise<SignInResult> {
  const name = normalizeUserName(input.name).slice(0, 64);
  if (await signInBlocked(db, name, input.address, settings, now)) return { ok: false, reason: 'rate_limited' };

  const user = await findUserByName(db, name);
  const password = input.password.length > MAX_PASSWORD_LENGTH ? '' : input.password;
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash(settings.scryptCost)));
  if (!user || !matches || user.disabled || !password) {
    await noteSignInFailure(db, name, input.address, settings, now);
    return { ok: false, reason: 'invalid' };
  }
  await noteSignInSuccess(db, name);
  const { passwordHash: _hash, ...publicUser } = user;
  return { ok: true, user: publicUser };
}
