import 'server-only';
import { allPermissions, type Permission } from '@/lib/permissions';
import { db } from '../db';
import type { RequestMeta } from '../request-meta';
import type { ApiKeyPrincipal } from './principal';
import { sha256 } from './secrets';

export const API_KEY_PREFIX = 'oak_';
const LAST_USED_EVERY_MS = 60 * 1000;

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/**
 * The principal for an API key, or null when the key is unknown, revoked,
 * expired or belongs to a deactivated organization.
 */
export async function apiKeyPrincipal(secret: string, meta: RequestMeta): Promise<ApiKeyPrincipal | null> {
  const key = await db.apiKey.findUnique({
    where: { keyHash: sha256(secret) },
    select: {
      id: true,
      name: true,
      prefix: true,
      organizationId: true,
      permissions: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      organization: { select: { status: true } },
    },
  });
  const now = new Date();
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now) || key.organization.status !== 'active') {
    return null;
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    void db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } }).catch(() => {});
  }
  return {
    kind: 'apiKey',
    keyId: key.id,
    name: key.name,
    prefix: key.prefix,
    organizationId: key.organizationId,
    permissions: key.permissions.filter((p): p is Permission => (allPermissions as string[]).includes(p)),
    isSuperadmin: false,
    via: 'bearer',
    meta,
  };
}
