import { normalizeLine } from '../core/text/index';
import type { Db } from '../store/database';
import * as store from '../store/api-tokens';
import type { User } from '../store/users';
import { AccountError } from './account-error';
import { hashToken, randomToken } from './tokens';

/** Recognisable in logs and secret scanners. */
const TOKEN_PREFIX = 'sej_';
const MAX_NAME_LENGTH = 80;

/** Creates a token; the plain value is returned once and never stored. */
export async function issueApiToken(db: Db, userId: number, rawName: string, now = new Date()): Promise<{ id: number; token: string }> {
  const name = normalizeLine(rawName);
  if (!name || [...name].length > MAX_NAME_LENGTH) {
    throw new AccountError('token_name_invalid', 'Give the token a name of up to 80 characters.');
  }
  const token = TOKEN_PREFIX + randomToken();
  const id = await store.insertApiToken(db, {
    userId,
    name,
    tokenHash: hashToken(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    createdAt: now.toISOString(),
  });
  return { id, token };
}

export async function userForApiToken(db: Db, token: string, now = new Date()): Promise<User | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return undefined;
  const found = await store.findApiTokenUser(db, hashToken(token));
  if (!found) return undefined;
  // "Last used" to the minute is enough, and spares a write on every API request.
  const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
  if (!found.lastUsedAt || found.lastUsedAt < minuteAgo) await store.touchApiToken(db, found.tokenId, now.toISOString());
  return found.user;
}

export const listApiTokens = store.listApiTokens;
export const revokeApiToken = store.deleteApiToken;
