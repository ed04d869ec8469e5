import 'server-only';
import { db } from '../db';
import type { RateLimitStore } from './store';

export const postgresStore: RateLimitStore = {
  async increment(key, windowSeconds, tx = db) {
    // One statement, so concurrent hits from several instances count exactly.
    const rows = await tx.$queryRaw<{ count: number; reset_at: Date }[]>`
      INSERT INTO rate_limits (key, count, reset_at)
      VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
        reset_at = CASE WHEN rate_limits.reset_at <= now()
                        THEN now() + make_interval(secs => ${windowSeconds}) ELSE rate_limits.reset_at END
      RETURNING count, reset_at`;
    const row = rows[0]!;
    return { count: row.count, resetAt: row.reset_at };
  },
  async get(key) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row || row.resetAt <= new Date()) return null;
    return { count: row.count, resetAt: row.resetAt };
  },
  async reset(key) {
    await db.rateLimit.deleteMany({ where: { key } });
  },
};
