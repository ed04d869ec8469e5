import type { Permission } from '@/lib/permissions';
import { API_KEY_PREFIX } from '@/lib/server/auth/api-key';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { call } from '@/lib/test/http';

/** Test helpers for the SCIM integration tests: a key for an org, and SCIM and REST calls. */
export async function scimKey(orgId: string, permissions: Permission[] = ['scim.provision']): Promise<string> {
  const key = randomToken(API_KEY_PREFIX);
  await db.apiKey.create({
    data: {
      id: newId(),
      organizationId: orgId,
      name: 'SCIM',
      prefix: key.slice(0, API_KEY_PREFIX.length + 8),
      keyHash: sha256(key),
      permissions,
    },
  });
  return key;
}

type Handler = Parameters<typeof call>[0];

export function scimCaller(key: string) {
  return (
    handler: Handler,
    path: string,
    opts: { method?: string; body?: unknown; id?: string; headers?: Record<string, string> } = {},
  ) =>
    call(handler, `/scim/v2${path}`, {
      method: opts.method ?? 'GET',
      token: key,
      body: opts.body,
      params: opts.id ? { id: opts.id } : {},
      headers: { 'content-type': 'application/scim+json', ...opts.headers },
    });
}

export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
