import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { config } from './config';

/**
 * Secrets the app must read back (TOTP secrets, webhook signing secrets) cannot be
 * hashed: they are sealed with AES-256-GCM under a key derived with HKDF from the
 * purpose's key material and label, stored as `v1.<iv>.<tag>.<data>` (base64url).
 * `context` (e.g. the row's id) is bound as associated data when given, so a sealed
 * value copied to another row does not open there. docs/decisions/012-webhooks.md.
 */
const VERSION = 'v1';

export function sealer(material: () => string, label: string) {
  const key = () => Buffer.from(hkdfSync('sha256', material(), '', label, 32));
  return {
    seal(plain: string, context?: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(), iv);
      if (context !== undefined) cipher.setAAD(Buffer.from(context));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    unseal(stored: string, context?: string): string {
      const [version, iv, tag, data] = stored.split('.');
      if (version !== VERSION || !iv || !tag || !data) throw new Error('Unreadable sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
      if (context !== undefined) decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** Webhook signing secrets, bound to their endpoint's id (SECRETS_ENCRYPTION_KEY, else AUTH_SECRET). */
export const webhookSecrets = sealer(() => config.secretsKey, 'portal sealed secrets v1');

/** SSO client secrets (bound to their connection's id) and PKCE verifiers of sign-ins in flight. */
export const ssoSecrets = sealer(() => config.secretsKey, 'portal sso secrets v1');
