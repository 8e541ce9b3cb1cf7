import { isIPv4, isIPv6 } from 'node:net';
import type { AccountSettings } from '../config';
import type { Db } from '../store/database';
import { releaseAttempt, reserveAttempt, type AttemptLimit } from '../store/login-attempts';
import { AccountError } from './account-error';
import { hashToken } from './tokens';

export type SignInLimits = Pick<
  AccountSettings,
  'maxFailuresPerAccount' | 'maxFailuresPerAddress' | 'maxFailuresPerAccountTotal' | 'failureWindowMs'
>;

/** Who is trying which account: `knownClient` is the id of the browser's known-client row for that account, if any. */
export interface SignInAttempt {
  name: string;
  address: string;
  knownClient: string | null;
}

/** A reserved attempt: the counters it was counted on, to give back if the password was right. */
export interface Reservation {
  keys: string[];
}

const MAX_KEY_PART = 64;
const PLAIN_PART = /^[a-z0-9._:/-]+$/i;

/**
 * Names and addresses come from the client. Anything longer than a user name
 * or an address, or with other characters, cannot be a real one: it is stored
 * as a short hash, so one client cannot fill the table with big keys.
 */
function keyPart(value: string): string {
  return value.length <= MAX_KEY_PART && PLAIN_PART.test(value) ? value : `#${hashToken(value).slice(0, 32)}`;
}

/** The eight 16-bit groups of an IPv6 address, written out ("::" expanded, a trailing IPv4 part as two groups). */
function ipv6Groups(address: string): string[] {
  let text = address.toLowerCase();
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const middle = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}

/**
 * The part of a client address that names one client. One IPv6 subscriber
 * usually holds a whole /64 and can pick a new address in it for every
 * request, so IPv6 addresses are counted by their /64; an IPv4 address
 * written as IPv6 (::ffff:192.0.2.1) counts as itself.
 */
export function addressKey(address: string): string {
  const bare = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (isIPv4(bare) || !isIPv6(bare)) return address;
  return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`;
}

/**
 * The counters one attempt is counted on. A browser the owner signed in from
 * before answers only to its own count, so nobody else's failures can lock the
 * owner out there. Any other client is limited per address (whichever accounts
 * it tries), per account and address, and per account over all such clients
 * together: a much higher ceiling that stops guessing spread over many addresses.
 */
export function attemptLimits(attempt: SignInAttempt, limits: SignInLimits): AttemptLimit[] {
  if (attempt.knownClient) return [{ key: `client:${attempt.knownClient.slice(0, 32)}`, max: limits.maxFailuresPerAccount }];
  const name = keyPart(attempt.name);
  const address = keyPart(addressKey(attempt.address));
  return [
    { key: `ip:${address}`, max: limits.maxFailuresPerAddress },
    { key: `user:${name}`, max: limits.maxFailuresPerAccountTotal },
    { key: `user-ip:${name}@${address}`, max: limits.maxFailuresPerAccount },
  ];
}

function windowStart(limits: SignInLimits, now: Date): string {
  return new Date(now.getTime() - limits.failureWindowMs).toISOString();
}

/**
 * Counts the attempt as a failure before the password is checked, or refuses
 * it when a counter is full. Counting first is what holds under a parallel
 * burst: every request takes its place before any hashing starts, so at most
 * the limit's number of passwords is ever checked in a window.
 */
export async function reserveSignIn(db: Db, attempt: SignInAttempt, limits: SignInLimits, now = new Date()): Promise<Reservation> {
  const counters = attemptLimits(attempt, limits);
  if (!(await reserveAttempt(db, counters, now.toISOString(), windowStart(limits, now)))) {
    const retryAfter = Math.ceil(limits.failureWindowMs / 1000);
    throw new AccountError('signin_rate_limited', 'Too many failed attempts. Wait a few minutes and try again.', 'rate_limited', { retryAfter });
  }
  return { keys: counters.map((c) => c.key) };
}

/** The password was right: the attempt is no failure. Only its own count is given back, never the others'. */
export function releaseSignIn(db: Db, reservation: Reservation, limits: SignInLimits, now = new Date()): Promise<void> {
  return releaseAttempt(db, reservation.keys, windowStart(limits, now));
}
