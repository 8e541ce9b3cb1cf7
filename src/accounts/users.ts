import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { isUniqueViolation } from '../store/dialect';
import type { Role } from '../store/schema';
import { deleteUserApiTokens } from '../store/api-tokens';
import { deleteUserKnownClients } from '../store/known-clients';
import { forgetOtherKnownClients } from './known-clients';
import { deleteOtherSessions, deleteUserSessions } from '../store/sessions';
import * as store from '../store/users';
import { AccountError } from './account-error';
import { hashToken } from './tokens';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

export const ROLES: readonly Role[] = ['editor', 'admin'];

/** Names are short, lower-case and plain, so they read the same in every log and cannot imitate each other. */
const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;

export function normalizeUserName(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/** Whether a normalised name has the shape of a user name at all; other names cannot belong to anyone. */
export function couldBeUserName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function checkPassword(password: string) {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem, 'The password must have 10 to 1024 characters.');
}

export async function createUser(
  db: Db,
  input: { name: string; password: string; role: Role },
  settings: Pick<AccountSettings, 'scryptCost'>,
): Promise<store.User> {
  const name = normalizeUserName(input.name);
  if (!NAME_PATTERN.test(name)) throw new AccountError('name_invalid', 'The user name is not valid.');
  if (!isRole(input.role)) throw new AccountError('role_invalid', 'Unknown role.');
  checkPassword(input.password);
  if (await store.findUserByName(db, name)) throw new AccountError('name_taken', 'That user name is taken.', 'conflict');
  const passwordHash = await hashPassword(input.password, settings.scryptCost);
  try {
    return await store.insertUser(db, { name, passwordHash, role: input.role });
  } catch (err) {
    // Another request may have taken the name between the check and the insert.
    if (isUniqueViolation(err)) throw new AccountError('name_taken', 'That user name is taken.', 'conflict');
    throw err;
  }
}

async function existingUser(db: Db, id: number): Promise<store.User> {
  const user = await store.getUser(db, id);
  if (!user) throw new AccountError('no_such_user', 'No such user.', 'not_found');
  return user;
}

/** Refuses a change that would leave nobody able to manage users. */
async function keepAnAdmin(db: Db, user: store.User) {
  if (user.role === 'admin' && !user.disabled && (await store.countActiveAdmins(db)) <= 1) {
    throw new AccountError('last_admin', 'The last admin cannot be demoted or disabled.', 'conflict');
  }
}

export async function setRole(db: Db, id: number, role: string): Promise<void> {
  if (!isRole(role)) throw new AccountError('role_invalid', 'Unknown role.');
  const user = await existingUser(db, id);
  if (role !== 'admin') await keepAnAdmin(db, user);
  await store.updateUser(db, id, { role });
}

/** Disabling also ends the user's sessions; their API tokens stop working while disabled. */
export async function setDisabled(db: Db, id: number, disabled: boolean): Promise<void> {
  const user = await existingUser(db, id);
  if (disabled) await keepAnAdmin(db, user);
  await store.updateUser(db, id, { disabled });
  if (disabled) await deleteUserSessions(db, id);
}

/** What a password change ended, so the page can say so. */
export interface PasswordChangeOutcome {
  sessionsEnded: number;
  tokensRevoked: number;
}

/**
 * An admin sets a new password. Whoever knew the old one may hold a session,
 * an API token or a known browser of the account: all of them end, together
 * with the new password or not at all.
 */
export async function resetPassword(
  db: Db,
  id: number,
  password: string,
  settings: Pick<AccountSettings, 'scryptCost'>,
): Promise<PasswordChangeOutcome> {
  await existingUser(db, id);
  checkPassword(password);
  const passwordHash = await hashPassword(password, settings.scryptCost);
  return db.transaction().execute(async (trx) => {
    await store.updateUser(trx, id, { passwordHash });
    await deleteUserKnownClients(trx, id);
    return { sessionsEnded: await deleteUserSessions(trx, id), tokensRevoked: await deleteUserApiTokens(trx, id) };
  });
}

/**
 * The user changes their own password, perhaps because someone else learnt
 * the old one: every other session ends, every API token is revoked and every
 * other known browser is forgotten; the session making the change
 * (`keepSessionToken`) stays signed in and its browser (`keepClientToken`,
 * its known-client cookie) stays known.
 */
export async function changeOwnPassword(
  db: Db,
  id: number,
  current: string,
  next: string,
  settings: Pick<AccountSettings, 'scryptCost'>,
  keepSessionToken = '',
  keepClientToken?: string,
): Promise<PasswordChangeOutcome> {
  const stored = await store.getPasswordHash(db, id);
  if (!stored || !(await verifyPassword(current.slice(0, 1024), stored))) {
    throw new AccountError('password_wrong', 'The current password is wrong.');
  }
  checkPassword(next);
  const passwordHash = await hashPassword(next, settings.scryptCost);
  return db.transaction().execute(async (trx) => {
    await store.updateUser(trx, id, { passwordHash });
    await forgetOtherKnownClients(trx, id, keepClientToken);
    return {
      sessionsEnded: await deleteOtherSessions(trx, id, hashToken(keepSessionToken)),
      tokensRevoked: await deleteUserApiTokens(trx, id),
    };
  });
}
