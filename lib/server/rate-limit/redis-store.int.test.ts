import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as tokenRoute from '@/app/api/v1/auth/token/route';
import { db } from '@/lib/server/db';
import { logger } from '@/lib/server/observability/logger.mjs';
import { makeUser, PASSWORD, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { hit, rateLimitStore } from './index';
import { createRedisStore } from './redis-store';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Set before this file's first rateLimitStore() call, which picks the store once.
process.env.REDIS_URL = REDIS_URL;

const store = createRedisStore(REDIS_URL);
const raw = createClient({ url: REDIS_URL });

beforeAll(async () => {
  await raw.connect();
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(async () => {
  await Promise.all([store.close(), (rateLimitStore() as typeof store).close(), raw.close()]);
});

describe('Redis rate-limit store', () => {
  it('counts in a window that expires in Redis, reads and resets', async () => {
    const key = `test-${uniq()}`;
    const first = await store.increment(key, 60);
    expect(first.count).toBe(1);
    expect(first.resetAt.getTime() - Date.now()).toBeGreaterThan(59_000);
    expect((await store.increment(key, 60)).count).toBe(2);
    expect(await raw.pTTL(`rl:${key}`)).toBeGreaterThan(59_000);
    // A later hit does not push the window's end out.
    expect((await store.increment(key, 600)).resetAt.getTime()).toBeLessThanOrEqual(first.resetAt.getTime() + 50);
    expect(await store.get(key)).toMatchObject({ count: 3 });
    await store.reset(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.get(`test-${uniq()}`)).toBeNull();
  });

  it('starts a new window when the old one is over', async () => {
    const key = `test-${uniq()}`;
    await store.increment(key, 1);
    expect((await store.increment(key, 1)).count).toBe(2);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await store.get(key)).toBeNull();
    expect((await store.increment(key, 1)).count).toBe(1);
  });

  it('counts concurrent hits exactly, also across separate clients (app instances)', async () => {
    const other = createRedisStore(REDIS_URL);
    const key = `test-${uniq()}`;
    const counts = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? store : other).increment(key, 60).then((r) => r.count)),
    );
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    await other.close();
  });

  it('fails open, with a warning, when Redis cannot be reached', async () => {
    const warn = vi.spyOn(logger(), 'warn').mockImplementation(() => {});
    const down = createRedisStore('redis://127.0.0.1:1', 200);
    const started = Date.now();
    const result = await down.increment('anything', 60);
    expect(result.count).toBe(0);
    expect(await down.get('anything')).toBeNull();
    await expect(down.reset('anything')).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(warn).toHaveBeenCalledWith(expect.anything(), expect.stringContaining('Redis unavailable'));
    await down.close();
    warn.mockRestore();
  });
});

describe('the app with REDIS_URL set', () => {
  it('limits through Redis, not PostgreSQL', async () => {
    const rule = { bucket: `test-${uniq()}`, limit: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) await hit(rule, '10.0.0.1');
    const error = await hit(rule, '10.0.0.1').catch((e) => e);
    expect(error).toMatchObject({ code: 'rate_limited' });
    expect(error.retryAfterSeconds).toBeGreaterThan(50);
    expect(await raw.get(`rl:${rule.bucket}:10.0.0.1`)).toBe('4');
    expect(await db.rateLimit.count({ where: { key: { startsWith: rule.bucket } } })).toBe(0);
  });

  it('locks an account through Redis', async () => {
    vi.stubEnv('LOCKOUT_THRESHOLD', '3');
    const user = await makeUser();
    const signIn = (password: string) =>
      call(tokenRoute.POST, '/api/v1/auth/token', {
        method: 'POST',
        body: { email: user.email, password },
        headers: { 'x-portal-client-ip': `10.9.${uniq()}` },
      });
    expect((await signIn('wrong')).status).toBe(401);
    expect((await signIn('wrong')).status).toBe(401);
    expect((await signIn('wrong')).status).toBe(429);
    const locked = await signIn(PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/Too many failed sign-in attempts/);
    expect(await raw.pTTL(`rl:signin-lock:email:${user.email}`)).toBeGreaterThan(800_000);
    expect(await db.rateLimit.count({ where: { key: { contains: user.email } } })).toBe(0);
    await expect.poll(() => db.email.count({ where: { to: user.email, template: 'account_locked' } })).toBe(1);
  });
});
