import type { Db } from '../store/database';
import * as store from '../store/known-clients';
import { hashToken, randomToken } from './tokens';

/** How long a browser stays known without signing in again. */
export const KNOWN_CLIENT_TTL_MS = 180 * 24 * 3_600_000;

// The row is keyed by cookie and user together, so one browser shared by several accounts is known to each separately.
const rowHash = (clientToken: string, userId: number) => hashToken(`${clientToken}:${userId}`);

function plausibleToken(token: string | undefined): token is string {
  return token !== undefined && token.length >= 20 && token.length <= 100;
}

/**
 * The id of the known-client row when the user signed in successfully before
 * from the browser that holds this client cookie, else null.
 */
export async function knownClientId(db: Db, clientToken: string | undefined, userId: number, now = new Date()): Promise<string | null> {
  if (!plausibleToken(clientToken)) return null;
  const id = rowHash(clientToken, userId);
  return (await store.isKnownClient(db, id, userId, now.toISOString())) ? id : null;
}

/**
 * Remembers the browser after a successful sign-in, reusing its cookie when
 * it has one. Returns the cookie value to (re)send.
 */
export async function rememberClient(db: Db, clientToken: string | undefined, userId: number, now = new Date()): Promise<string> {
  const token = plausibleToken(clientToken) ? clientToken : randomToken();
  await store.upsertKnownClient(db, {
    idHash: rowHash(token, userId),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + KNOWN_CLIENT_TTL_MS).toISOString(),
  });
  return token;
}

export const forgetKnownClients = (db: Db, userId: number) => store.deleteUserKnownClients(db, userId);

/**
 * Forgets every browser the user signed in from except the one holding
 * `keepClientToken` (the one changing the password). A known browser gets a
 * sign-in counter of its own that others' failures cannot fill; whoever
 * learnt the old password and signed in with it must not keep that.
 */
export function forgetOtherKnownClients(db: Db, userId: number, keepClientToken: string | undefined): Promise<number> {
  return store.deleteUserKnownClients(db, userId, plausibleToken(keepClientToken) ? rowHash(keepClientToken, userId) : '');
}
