import 'server-only';
import type { Tx } from '../db';
import { AppError } from '../errors';
import { postgresStore } from './postgres-store';
import { createRedisStore } from './redis-store';
import type { RateLimitStore } from './store';

let store: RateLimitStore | undefined;

/** The shared counter store: Redis when REDIS_URL is set, PostgreSQL otherwise. */
export function rateLimitStore(): RateLimitStore {
  const redisUrl = process.env.REDIS_URL;
  store ??= redisUrl ? createRedisStore(redisUrl) : postgresStore;
  return store;
}

export interface Limit {
  /** What is limited, e.g. `forgot:ip`. */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit for `id` in the bucket; throws 429 with Retry-After once over the limit. Code that
 * holds a transaction passes it (`tx`): the count then commits or rolls back with the change.
 */
export async function hit(rule: Limit, id: string, tx?: Tx): Promise<void> {
  const { count, resetAt } = await rateLimitStore().increment(`${rule.bucket}:${id}`, rule.windowSeconds, tx);
  if (count > rule.limit) {
    const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000));
    throw new AppError('rate_limited', 'Too many requests; try again later', undefined, retryAfter);
  }
}
