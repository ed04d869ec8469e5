import 'server-only';
import { config } from '@/lib/server/config';
import { uploadSigningKey } from './signature';

let cached: { secret: string; key: Buffer } | undefined;

/** The upload-URL key for the current AUTH_SECRET. */
export function signingKey(): Buffer {
  const secret = config.authSecret;
  if (cached?.secret !== secret) cached = { secret, key: uploadSigningKey(secret) };
  return cached.key;
}
