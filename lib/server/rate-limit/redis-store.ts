import 'server-only';
import { createClient } from 'redis';
import { log } from '../observability/log';
import type { RateLimitStore } from './store';

type Client = ReturnType<typeof createClient>;

const PREFIX = 'rl:';
const WARN_EVERY_MS = 60_000;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref());
}

/**
 * A store shared by every app instance. If Redis is unreachable it fails open:
 * nothing is limited (with a warning) rather than every sign-in being refused.
 */
export function createRedisStore(url: string, timeoutMs = 500): RateLimitStore & { close(): Promise<void> } {
  let client: Client | undefined;
  let started: Promise<void> | undefined;
  let warnedAt = 0;

  const warn = (error: unknown) => {
    if (Date.now() - warnedAt < WARN_EVERY_MS) return;
    warnedAt = Date.now();
    log.warn('[rate-limit] Redis unavailable, requests are not limited', {
      error: (error as Error)?.message ?? String(error),
    });
  };

  async function ready(): Promise<Client | null> {
    if (!client) {
      client = createClient({
        url,
        // Fail at once while disconnected instead of queueing commands until Redis is back.
        disableOfflineQueue: true,
        socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
      });
      client.on('error', warn);
      // connect() stays pending while it retries: callers wait for the first attempt only, and briefly.
      started = Promise.race([client.connect(), timeout(timeoutMs)]).then(() => undefined, warn);
    }
    await started;
    return client?.isReady ? client : null;
  }

  async function run<T>(command: (c: Client) => Promise<T>, fallback: () => T): Promise<T> {
    try {
      const c = await ready();
      if (!c) {
        warn(new Error('not connected'));
        return fallback();
      }
      return await Promise.race([command(c), timeout(timeoutMs)]);
    } catch (error) {
      warn(error);
      return fallback();
    }
  }

  const toResult = (count: number, pttl: number) => ({ count, resetAt: new Date(Date.now() + Math.max(pttl, 0)) });

  return {
    increment(key, windowSeconds) {
      const k = PREFIX + key;
      return run(
        async (c) => {
          // One atomic round trip. NX also repairs a key that somehow lost its expiry.
          const [count, , pttl] = await c
            .multi()
            .incr(k)
            .pExpire(k, windowSeconds * 1000, 'NX')
            .pTTL(k)
            .exec();
          return toResult(Number(count), Number(pttl));
        },
        // Count 0 is never over a limit nor at a lockout threshold.
        () => toResult(0, windowSeconds * 1000),
      );
    },
    get(key) {
      const k = PREFIX + key;
      return run(
        async (c) => {
          const [count, pttl] = await c.multi().get(k).pTTL(k).exec();
          return count === null || Number(pttl) <= 0 ? null : toResult(Number(count), Number(pttl));
        },
        () => null,
      );
    },
    async reset(key) {
      await run(
        (c) => c.del(PREFIX + key),
        () => 0,
      );
    },
    async ping() {
      return run(
        async (c) => (await c.ping()) === 'PONG',
        () => false,
      );
    },
    async close() {
      const c = client;
      client = undefined;
      if (c?.isReady) await c.close();
      else c?.destroy();
    },
  };
}
