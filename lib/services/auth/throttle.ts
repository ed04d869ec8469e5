import { AppError } from '@/lib/server/errors';
import { rateLimitStore } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';

/**
 * Sign-in throttling, keyed by the e-mail as typed (whether or not an account
 * has it) and by the client IP. Failures count; successes do not, so a busy
 * office behind one address is not locked out by its own sign-ins.
 */

/** The key an e-mail is counted under: the same for every spelling of one address. */
export function signInKey(email: string): string {
  return email.trim().toLowerCase();
}

const failKey = (email: string) => `signin-fail:email:${signInKey(email)}`;
const lockKey = (email: string) => `signin-lock:email:${signInKey(email)}`;
const ipKey = (ip: string) => `${limits.signInIp.bucket}:${ip}`;

/** "15 minutes", "1 minute". */
export function inMinutes(seconds: number): string {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} minute${n === 1 ? '' : 's'}`;
}

function tooMany(until: Date, message: (wait: string) => string): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError('rate_limited', message(inMinutes(seconds)), undefined, seconds);
}

export const lockedError = (until: Date) =>
  tooMany(until, (wait) => `Too many failed sign-in attempts. Try again in ${wait} or use the link we e-mailed you.`);

/** Refuses a sign-in before any password is checked while the e-mail is locked or the IP failed too often. */
export async function assertSignInAllowed(email: string, ip: string | null): Promise<void> {
  const store = rateLimitStore();
  const [lock, ipFailures] = await Promise.all([store.get(lockKey(email)), ip ? store.get(ipKey(ip)) : null]);
  if (lock) throw lockedError(lock.resetAt);
  if (ipFailures && ipFailures.count >= limits.signInIp.limit) {
    throw tooMany(
      ipFailures.resetAt,
      (wait) => `Too many failed sign-in attempts from your network. Try again in ${wait}.`,
    );
  }
}

/** Counts a failed sign-in. Returns when the lock ends if this failure locked the e-mail, else null. */
export async function recordSignInFailure(email: string, ip: string | null): Promise<Date | null> {
  const store = rateLimitStore();
  const { threshold, windowSeconds, lockSeconds } = limits.lockout;
  const [failures] = await Promise.all([
    store.increment(failKey(email), windowSeconds),
    ip ? store.increment(ipKey(ip), limits.signInIp.windowSeconds) : null,
  ]);
  // Exactly one of several concurrent failures sees the threshold, so a lock (and its mail) starts once.
  if (failures.count !== threshold) return null;
  const lock = await store.increment(lockKey(email), lockSeconds);
  await store.reset(failKey(email));
  return lock.resetAt;
}

export async function recordSignInSuccess(email: string): Promise<void> {
  await rateLimitStore().reset(failKey(email));
}

/** Lifts a lock early (the mailed unlock link) and forgets the failures that led to it. */
export async function clearSignInLock(email: string): Promise<void> {
  const store = rateLimitStore();
  await Promise.all([store.reset(lockKey(email)), store.reset(failKey(email))]);
}
