import type { Limit } from '@/lib/server/rate-limit';

/** Views of public profile cards (page and avatar) per client IP per hour. */
export function shareViewLimit(): Limit {
  const n = Number.parseInt(process.env.RATE_LIMIT_SHARE_VIEW_IP ?? '', 10);
  return { bucket: 'share-view:ip', limit: Number.isFinite(n) && n > 0 ? n : 300, windowSeconds: 3600 };
}
