import { describe, expect, it } from 'vitest';
import { uniq } from '@/lib/test/factories';
import { hit } from './index';

describe('rate limiter (PostgreSQL store)', () => {
  it('allows the limit, then answers 429 with Retry-After', async () => {
    const rule = { bucket: `test-${uniq()}`, limit: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) await hit(rule, '10.0.0.1');
    await expect(hit(rule, '10.0.0.1')).rejects.toMatchObject({ code: 'rate_limited' });
    const error = await hit(rule, '10.0.0.1').catch((e) => e);
    expect(error.retryAfterSeconds).toBeGreaterThan(50);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another client is counted on its own.
    await expect(hit(rule, '10.0.0.2')).resolves.toBeUndefined();
  });

  it('counts concurrent hits exactly', async () => {
    const rule = { bucket: `test-${uniq()}`, limit: 10, windowSeconds: 60 };
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => hit(rule, 'x')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
  });

  it('starts a new window when the old one is over', async () => {
    const rule = { bucket: `test-${uniq()}`, limit: 1, windowSeconds: 1 };
    await hit(rule, 'y');
    await expect(hit(rule, 'y')).rejects.toMatchObject({ code: 'rate_limited' });
    await new Promise((r) => setTimeout(r, 1100));
    await expect(hit(rule, 'y')).resolves.toBeUndefined();
  });
});
