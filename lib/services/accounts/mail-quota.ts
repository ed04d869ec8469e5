import { sha256 } from '@/lib/server/auth/secrets';
import { rateLimitStore } from '@/lib/server/rate-limit';

const PER_ADDRESS = 5;
const WINDOW_SECONDS = 3600;

/**
 * Counts a request to mail `email` and says whether it may still be sent: at most
 * five such mails per address and hour, so nobody can flood a mailbox through us.
 * Counted for every address, known or not, and never answered with an error, so
 * the count reveals nothing about which addresses have accounts.
 */
export async function withinMailQuota(kind: string, email: string): Promise<boolean> {
  const key = `mail:${kind}:${sha256(email.trim().toLowerCase())}`;
  const { count } = await rateLimitStore().increment(key, WINDOW_SECONDS);
  return count <= PER_ADDRESS;
}
