import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { config } from './config';

/**
 * Secrets the app must use again later (webhook signing secrets) are stored sealed
 * with AES-256-GCM rather than hashed (docs/decisions/010-webhooks.md). The key is
 * derived with HKDF from SECRETS_ENCRYPTION_KEY, or from AUTH_SECRET when that is
 * unset. `context` (e.g. the row's id) is bound as associated data, so a sealed
 * value copied to another row does not open there.
 */
const VERSION = 'v1';

function key(): Buffer {
  const material = config.secretsKey ?? config.authSecret;
  return Buffer.from(hkdfSync('sha256', material, '', 'portal sealed secrets v1', 32));
}

export function seal(plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function unseal(sealed: string, context: string): string {
  const [version, data] = sealed.split('.');
  if (version !== VERSION || !data) throw new Error('Unknown sealed secret format');
  const raw = Buffer.from(data, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
